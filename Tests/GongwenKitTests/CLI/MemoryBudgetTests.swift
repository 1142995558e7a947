import Foundation
import XCTest
@testable import gongwen

/// Files parsed at once stay within the batch's memory budget; small files never wait.
final class MemoryBudgetTests: XCTestCase {
    func testLargeFilesTakeTurnsAndSmallOnesDoNot() {
        let mb = 1 << 20
        let budget = MemoryBudget(largestFile: 50 * mb)
        // Small files go beside a middling one (a thread that waited here would hang the test).
        budget.acquire(MemoryBudget.cost(20 * mb))
        for _ in 0..<4 { budget.acquire(MemoryBudget.cost(10_000)) }
        for _ in 0..<4 { budget.release(MemoryBudget.cost(10_000)) }
        budget.release(MemoryBudget.cost(20 * mb))
        let big = MemoryBudget.cost(40 * mb)
        budget.acquire(big)
        // A second large file waits until the first is done.
        let started = Date()
        let done = expectation(description: "second large file")
        let waited = Slots<Double>(count: 1)
        Thread.detachNewThread {
            budget.acquire(big)
            waited.set(0, Date().timeIntervalSince(started))
            budget.release(big)
            done.fulfill()
        }
        Thread.sleep(forTimeInterval: 0.3)
        budget.release(big)
        wait(for: [done], timeout: 5)
        XCTAssertGreaterThanOrEqual(waited.values[0] ?? 0, 0.25)
    }

    func testAFileAloneAlwaysGoes() {
        let budget = MemoryBudget(largestFile: 1)
        budget.acquire(MemoryBudget.cost(500 << 20))   // larger than the budget, but alone
        budget.release(MemoryBudget.cost(500 << 20))
    }
}
