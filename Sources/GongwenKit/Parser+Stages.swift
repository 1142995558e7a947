import Foundation

/// Time spent in each pipeline stage, summed over the files a `StageClock` saw. Read by
/// the `gongwen-stages` micro-benchmark; the parser pays nothing when no clock is given.
public final class StageClock: @unchecked Sendable {
    public enum Stage: Int, CaseIterable, Sendable {
        case decode, cleanup, layout, metadata, headings, sentences, deadlines, percentages,
             directives, responsibilities, tables, encode
        public var name: String { String(describing: self) }
    }
    public private(set) var nanoseconds = [UInt64](repeating: 0, count: Stage.allCases.count)
    public init() {}

    @inline(__always) public static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
    @inline(__always) public func add(_ stage: Stage, since start: UInt64) -> UInt64 {
        let t = StageClock.now()
        nanoseconds[stage.rawValue] &+= t &- start
        return t
    }
}

/// Runs `body`, charging its time to `stage` when a clock is present.
@inline(__always) func timed<T>(_ clock: StageClock?, _ stage: StageClock.Stage, _ body: () throws -> T) rethrows -> T {
    guard let clock else { return try body() }
    let t = StageClock.now()
    defer { _ = clock.add(stage, since: t) }
    return try body()
}
