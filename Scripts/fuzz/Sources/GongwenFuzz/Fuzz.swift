import GongwenKit

/// One fuzz input: decode, parse, encode (whole and streamed). A crash, a hang or a sanitizer report is a bug;
/// a `DecodeError` is the documented answer to bytes that are not text.
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parser = Parser(options: ParseOptions(maxBytes: 1 << 20))
    if let r = try? parser.parse(bytes: bytes, path: "fuzz") {
        let json = ResultJSON.encode(r)
        precondition(!json.isEmpty)
        // `gongwen parse` streams: pieces written straight from the cleaned text must give
        // the bytes of the whole result.
        var streamed: [UInt8] = []
        if let d = try? parser.decode(bytes: bytes, path: "fuzz") { ResultJSON.stream(parser, d) { streamed += $0 } }
        precondition(streamed == json, "streamed JSON differs from the whole result's")
        for d in r.documents {
            for x in d.deadlines { precondition(x.span.start <= x.span.end) }
            for x in d.responsibilities { precondition(x.span.start <= x.span.end) }
        }
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { fuzzOne(data, size) }

/// libFuzzer's own driver, entered from the executable's main (SwiftPM names it GongwenFuzz_main).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("GongwenFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var c = argc
    var v = argv
    return LLVMFuzzerRunDriver(&c, &v) { data, size in fuzzOne(data, size) }
}
