@testable import DangolDashboard
import Testing

/// Each screen rendered without a terminal at fixed sizes, compared with literal lines.
/// The expected lines were reviewed by eye: Hangul is two columns, so a row that looks
/// aligned here is aligned in the terminal.
@Suite("Screens at fixed sizes")
struct ViewTests {
    @Test("Overview at 80x24: 신영시장 reads 70 / 62 / 88.6% / 4,040 / 65.2 / 361 / 5.8")
    func overview80x24() throws {
        var screen = try SampleDashboard()
        #expect(screen.lines == [
            " dangol │ 우리동네 단골시장 › 전체                                  기준 차수별",
            " 기준 2023 본사업 2023-05-21, 2022 본사업 2023-01-29, 2022 시범사업 2022-10-23",
            " 시장           지역  대상  개설          참여율    친구  평균 메시지 평균  활성",
            " 2022 시범사업          70    62 ███████▏  88.6%   4,040  65.2    361  5.8    56",
            "▶신영시장       서울    70    62 ███████▏  88.6%   4,040  65.2    361  5.8    56",
            " 2022 본사업           831   513 █████     61.7%  16,083  31.4  2,659  5.2   211",
            " 동문공설시장   제주    88    51 ████▋     58.0%   1,720  33.7    215  4.2    22",
            " 자양전통시장   서울    96    64 █████▍    66.7%   2,310  36.1    402  6.3    20",
            " 샘플시장 A     경기    92    58 █████     63.0%   1,850  31.9    330  5.7    25",
            " 샘플시장 B     부산    81    47 ████▋     58.0%   1,390  29.6    240  5.1    20",
            " 샘플시장 C     광주    77    45 ████▋     58.4%   1,270  28.2    210  4.7    23",
            " 샘플시장 D     서울    85    53 █████     62.4%   1,720  32.5    300  5.7    18",
            " 샘플시장 E     경기    79    49 █████     62.0%   1,460  29.8    260  5.3    15",
            " 샘플시장 F     부산    83    52 █████     62.7%   1,580  30.4    290  5.6    26",
            " 샘플시장 G     인천    76    45 ████▊     59.2%   1,379  30.6    225  5.0    21",
            " 신도꼼지락시장 대전    74    49 █████▎    66.2%   1,404  28.7    187  3.8    21",
            " 2023 본사업           168   116 █████▌    69.0%   3,180  27.4    460  4.0    43",
            " 망원시장       서울    62    45 █████▊    72.6%   1,330  29.6    190  4.2    16",
            " 샘플시장 H     대구    56    38 █████▍    67.9%     980  25.8    150  3.9    15",
            " ──────────────────────────────────────────────────────────────────────────────",
            " 합계 14개 시장      1,069   691 █████▏    64.6%  23,303  33.7  3,480  5.0   310",
            "",
            " 주간 채널 개설 (누적)  ▂▃▄▅▆▇██████  1주 65 → 12주 691",
            " ↑↓ 이동  Enter 열기  / 찾기  r 차수  s 정렬  t 시상  ? 도움말  q 끝",
        ])
    }

    @Test("Overview in English")
    func overviewEnglish() throws {
        var screen = try SampleDashboard(language: .en)
        #expect(Array(screen.lines.prefix(4)) == [
            " dangol │ 우리동네 단골시장 › All markets                       as of per round",
            " as of 2023 본사업 2023-05-21, 2022 본사업 2023-01-29, 2022 시범사업 2022-10-23",
            " Market      Region  Elig  Open            Rate Friends   Avg   Msgs  Avg Active",
            " 2022 시범사업         70    62 ███████▏  88.6%   4,040  65.2    361  5.8     56",
        ])
        #expect(screen.lines[20] == " All 14 markets     1,069   691 █████▏    64.6%  23,303  33.7  3,480  5.0    310")
        #expect(screen.lines[23] == " ↑↓ move  Enter open  / Filter  r round  s sort  t awards  ? Help  q quit")
    }

    @Test("Overview at 40x12 keeps the most important columns")
    func overview40x12() throws {
        var screen = try SampleDashboard(width: 40, height: 12)
        #expect(screen.lines == [
            " 우리동네 단골시장 › 전체   기준 차수별",
            " 기준 2023 본사업 2023-05-21, 2022 본…",
            " 시장         개설 참여율    친구 메시지",
            " 2022 시범…     62  88.6%   4,040    361",
            "▶신영시장       62  88.6%   4,040    361",
            " 2022 본사업   513  61.7%  16,083  2,659",
            " 동문공설시…    51  58.0%   1,720    215",
            " 자양전통시…    64  66.7%   2,310    402",
            " 샘플시장 A     58  63.0%   1,850    330",
            " ──────────────────────────────────────",
            " 합계 14개 …   691  64.6%  23,303  3,480",
            " ↑↓ 이동  Enter 열기  / 찾기  ? 도움말",
        ])
    }

    @Test("Overview at 120x40 does not stretch names across the screen")
    func overview120x40() throws {
        var screen = try SampleDashboard(width: 120, height: 40)
        #expect(Array(screen.lines.prefix(4)) == [
            " dangol │ 우리동네 단골시장 › 전체                                                                          기준 차수별",
            " 기준 2023 본사업 2023-05-21, 2022 본사업 2023-01-29, 2022 시범사업 2022-10-23",
            " 시장                         지역  대상  개설          참여율    친구  평균 메시지 평균  활성 활성률",
            " 2022 시범사업                        70    62 ███████▏  88.6%   4,040  65.2    361  5.8    56  90.3%",
        ])
        #expect(screen.lines[21] == " 합계 14개 시장                    1,069   691 █████▏    64.6%  23,303  33.7  3,480  5.0   310  44.9%")
        #expect(screen.lines[39] == " ↑↓ 이동  Enter 열기  / 찾기  r 차수  s 정렬  t 시상  ? 도움말  q 끝")
    }

    @Test("Market at 80x24: figures, week, and stores with 미개설 visible; a non-eligible store says so")
    func market80x24() throws {
        var screen = try SampleDashboard()
        screen.press(.enter)
        #expect(Array(screen.lines.prefix(10)) == [
            " dangol │ 전체 › 신영시장 (서울 양천구)                      8주 과정 종료 +4주",
            " 개설 62/70 ████████▉  88.6%  친구 4,040 (평균 65.2)  메시지 361  활성 56",
            "",
            " 점포                   업종   채널         친구 메시지 포스트 최근 활동  튜터",
            "▶할매손두부             두부   미개설          0      0      0 —          최튜터",
            " 원조할머니떡방앗간     떡     2022-08-29     47      0      7 2022-10-18 임튜터",
            " 싱싱과일나라           과일   2022-08-23     58      5      2 2022-10-09 박튜터",
            " 대박수산               수산   2022-08-09     77     12      4 2022-10-23 최튜터",
            " 정든반찬가게           반찬   2022-08-16    163     11      5 2022-10-17 임튜터",
            " 착한약초               건강   대상 아님       0      0      0 —          박튜터",
        ])
        #expect(screen.lines[23] == " ↑↓ 이동  Enter 점포  f 친구  m 메시지  / 찾기  Esc 뒤로  ? 도움말  q 끝")
    }

    @Test("Market at 40x12 drops columns and cuts long names with an ellipsis, never half a syllable")
    func market40x12() throws {
        var screen = try SampleDashboard(width: 40, height: 12)
        screen.press(.enter)
        #expect(screen.lines == [
            " 신영시장 (서울 양…  8주 과정 종료 +4주",
            " 개설 62/70 ████████▉  88.6%",
            "",
            " 점포           채널         친구 메시지",
            "▶할매손두부     미개설          0      0",
            " 원조할머니떡…  2022-08-29     47      0",
            " 싱싱과일나라   2022-08-23     58      5",
            " 대박수산       2022-08-09     77     12",
            " 정든반찬가게   2022-08-16    163     11",
            " 착한약초       대상 아님       0      0",
            " 소문난수산     미개설          0      0",
            " ↑↓ 이동  Enter 점포  f 친구  ? 도움말",
        ])
    }

    @Test("Store at 80x24: status, trend and the records side by side")
    func store80x24() throws {
        var screen = try SampleDashboard()
        screen.press(.enter, .down, .down, .down, .enter)
        #expect(Array(screen.lines.prefix(14)) == [
            " dangol │ 전체 › 신영시장 › 대박수산                            기준 2022-10-23",
            " 채널 2022-08-09 (2주차)   업종 수산   대표 73세   튜터 최튜터   참여 대상",
            " 친구 77   메시지 12 (광고 8, 정보 4)   포스트 4   최근 활동 2022-10-23 (활성)",
            " 친구 ▃▄▅▆▇▇█  21 → 77",
            "",
            " 친구 기록            메시지 기록            포스트",
            " 2022-08-16     21    2022-09-12 광고   5    2022-08-18",
            " 2022-08-23     34    2022-09-23 정보   4    2022-10-02",
            " 2022-08-30     44    2022-09-24 광고   3    2022-10-10",
            " 2022-09-06     54                           2022-10-23",
            " 2022-09-13     62                           2022-11-08",
            " 2022-09-20     71                           2022-11-26",
            " 2022-09-25     77",
            "",
        ])
        #expect(screen.lines[23] == " ↑↓ 기록  Enter 고치기  x 지우기  f 친구  u 되돌리기  Esc 뒤로  ? 도움말  q 끝")
        let grid = screen.dashboard.render()
        #expect(grid[46, 10].style.dim && grid[46, 11].style.dim, "posts after the round's day are kept but muted: they count in no figure")
        #expect(!grid[46, 9].style.dim)
    }

    @Test("Store at 40x12 stacks the record tables")
    func store40x12() throws {
        var screen = try SampleDashboard(width: 40, height: 12)
        screen.press(.enter, .down, .down, .down, .enter)
        #expect(screen.lines == [
            " 신영시장 › 대박수산    기준 2022-10-23",
            " 채널 2022-08-09 (2주차)   업종 수산",
            " 대표 73세   튜터 최튜터   참여 대상",
            " 친구 77   메시지 12 (광고 8, 정보 4)",
            " 포스트 4   최근 활동 2022-10-23 (활성)",
            " 친구 ▃▄▅▆▇▇█  21 → 77",
            "",
            " 친구 기록",
            " 2022-08-16     21",
            " 2022-08-23     34",
            " 2022-08-30     44",
            " ↑↓ 기록  Enter 고치기  ? 도움말",
        ])
    }

    @Test("Store at 120x40 shows a store that never opened")
    func store120x40() throws {
        var screen = try SampleDashboard(width: 120, height: 40)
        screen.press(.enter, .enter)
        #expect(Array(screen.lines.prefix(7)) == [
            " dangol │ 전체 › 신영시장 › 할매손두부                                                                  기준 2022-10-23",
            " 채널 미개설   업종 두부   대표 49세   튜터 최튜터   참여 대상",
            " 친구 0   메시지 0 (광고 0, 정보 0)   포스트 0",
            "",
            " 친구 기록    메시지 기록    포스트",
            " 기록 없음    기록 없음      기록 없음",
            "",
        ])
    }

    @Test("Below the minimum size a clear notice replaces the screen")
    func tooSmall() throws {
        var screen = try SampleDashboard(width: 80, height: 24)
        _ = screen.dashboard.handle(.resize(width: 24, height: 6))
        #expect(screen.lines == ["", "", "   창이 너무 작습니다", "       최소 30x8", "           q", ""])
        let kept = screen.press(.character("q"))
        #expect(kept == false)
    }

    @Test("ASCII symbols replace every ambiguous-width character")
    func asciiSymbols() throws {
        var screen = try SampleDashboard(ambiguous: .ascii)
        #expect(screen.lines[0] == " dangol | 우리동네 단골시장 > 전체                                  기준 차수별")
        #expect(screen.lines[4] == ">신영시장       서울    70    62 #######   88.6%   4,040  65.2    361  5.8    56")
        #expect(screen.lines[19] == " ------------------------------------------------------------------------------")
        screen.press(.enter)
        #expect(screen.lines[4] == ">할매손두부             두부   미개설          0      0      0 -          최튜터")
        let ambiguous = TerminalWidthProbe.ambiguousCharacters(in: screen.lines)
        #expect(ambiguous.isEmpty, "ambiguous characters drawn: \(ambiguous)")
    }

    @Test("With ambiguous symbols measured wide, every row of bars and borders still fits and aligns")
    func wideAmbiguous() throws {
        var screen = try SampleDashboard(ambiguous: .wide)
        let wide = TerminalWidthProbe.wide
        for line in screen.lines {
            #expect(wide.columns(of: line) <= 80, "\(line)")
        }
        let rateEnds = screen.lines[3...18].map { line in wide.columns(of: String(line[..<line.range(of: "%")!.upperBound])) }
        #expect(Set(rateEnds).count == 1, "the rate column ends at columns \(rateEnds)")
    }
}

@Suite("Screen layout")
struct ScreenLayoutTests {
    @Test("At 80x24 the frame is header, 22 body rows and the status line; each list gets the rows under its titles")
    func rowsAt80x24() throws {
        var screen = try SampleDashboard()
        let overview = ScreenLayout(screen.dashboard.state)
        #expect(overview.header == 0 && overview.status == 23)
        #expect(overview.body == ScreenLayout.Rows(top: 1, height: 22))
        // The overview: a notice line, titles, the list, then rule, totals, a blank and the sparkline.
        #expect(overview.listArea(.overview) == ScreenLayout.ListArea(above: .init(top: 1, height: 1), titles: 2,
                                                                        list: .init(top: 3, height: 16)))
        screen.press(.enter)
        let market = try #require(ScreenLayout(screen.dashboard.state).listArea(.market))
        #expect(market == ScreenLayout.ListArea(above: .init(top: 1, height: 2), titles: 3, list: .init(top: 4, height: 19)))
        #expect(screen.lines[3].contains("점포") && screen.lines[4].hasPrefix("▶"), "the view draws in the rows it is given")
        #expect(ScreenLayout.page(.market, screen.dashboard.state) == 19, "and the core pages by the same height")
    }
}
