import XCTest
@testable import GongwenKit

final class PercentageTests: XCTestCase {
    func pct(_ s: String) -> [String] {
        Fixture.parse(s).allPercentages.map { "\($0.text)|\($0.value.map { String($0) } ?? "null")|\($0.unit.rawValue)|\($0.qualifier.rawValue)" }
    }

    func testForms() {
        let cases: [(String, [String])] = [
            ("同比增长2.3%。", ["2.3%|2.3|percent|eq"]),
            ("示范区-7.9%。", ["-7.9%|-7.9|percent|eq"]),
            ("发放率达１００％。", ["１００％|100.0|percent|eq"]),
            ("占比百分之十。", ["百分之十|10.0|percent|eq"]), ("百分之百完成。", ["百分之百|100.0|percent|eq"]),
            ("下降百分之二十三点五。", ["百分之二十三点五|23.5|percent|eq"]),
            ("提高3.2个百分点。", ["3.2个百分点|3.2|point|eq"]),
            ("出生率5‰,死亡率千分之三。", ["5‰|5.0|permille|eq", "千分之三|3.0|permille|eq"]),
            ("增长5%—8%。", ["5%|5.0|percent|eq", "8%|8.0|percent|eq"]),
            ("增长5-8%。", ["5|5.0|percent|eq", "8%|8.0|percent|eq"]),
            ("提高3至5个百分点。", ["3|3.0|point|eq", "5个百分点|5.0|point|eq"]),
            ("失业率为xxx%,××%。", ["xxx%|null|percent|eq", "××%|null|percent|eq"]),
            ("压减20%以上。", ["20%以上|20.0|percent|gte"]),
            ("有的银行超过了200%。", ["超过了200%|200.0|percent|gt"]),
            ("占比逾30%。", ["逾30%|30.0|percent|gt"]),
            ("实现程度还不到 50%。", ["不到50%|50.0|percent|lt"]),
            ("保护率已将近90%。", ["将近90%|90.0|percent|approx"]),
            ("下降5%左右。", ["5%左右|5.0|percent|approx"]),
            ("农业人口约占40%,投资约达30%。", ["约占40%|40.0|percent|approx", "约达30%|30.0|percent|approx"]),
            ("已完成排查18处,约占全镇隐患点的60%,占全县的12%。", ["60%|60.0|percent|approx", "12%|12.0|percent|eq"]),
            ("低于10%的企业。", ["低于10%|10.0|percent|lt"]),
        ]
        for (s, want) in cases { XCTAssertEqual(pct(s), want, s) }
    }

    func testLookAlikesAreNotPercentages() {
        XCTAssertEqual(pct("PM2.5浓度下降,是去年的5.1倍,占2/3,召开两会。"), [])
    }

    func testSubjectAndChange() {
        let p = Fixture.parse("全市规模以上工业增加值同比增长2.3%,其中低于全市平均水平的有虞城县2.1%、民权县2.0%。").allPercentages
        XCTAssertEqual(p.map(\.subject), ["全市规模以上工业增加值同比增长", "虞城县", "民权县"])
        XCTAssertEqual(p[0].change, "up")
        XCTAssertEqual(Fixture.parse("事故起数同比下降15.2%。").allPercentages.first?.change, "down")
        // The change nearest the number (增加值 is a value, 增长率 a rate); no list marker in a
        // subject; a number after another shares its subject across a joining word.
        let q = Fixture.parse("1.规上工业增加值下降0.5个百分点,人口自然增长率控制在3‰以内,贫困发生率降至0.5%以下。").allPercentages
        XCTAssertEqual(q.map(\.subject), ["规上工业增加值下降", "人口自然增长率控制在", "贫困发生率降至"])
        XCTAssertEqual(q.map(\.change), ["down", nil, "down"])
        let r = Fixture.parse("2.城乡居民收入分别增长6.2%和7.8%,固定资产投资增长5%-8%。").allPercentages
        XCTAssertEqual(r.map(\.subject), ["城乡居民收入分别增长", "城乡居民收入分别增长", "固定资产投资增长", "固定资产投资增长"])
        XCTAssertEqual(Fixture.parse("增长6%,占比达到30%。").allPercentages.map(\.subject), ["增长", "占比"])
        XCTAssertEqual(Fixture.parse("三是规上工业增加值增长8.5%。").allPercentages.map(\.subject), ["规上工业增加值增长"])
        // A bare share measures what the clause before it counts.
        XCTAssertEqual(Fixture.parse("截至6月10日,已办结16件,占37%;正在办理27件,占63%。").allPercentages.map(\.subject), ["已办结16件", "正在办理27件"])
    }
}
