import DangolKit
import Testing
@testable import DangolDashboard

/// Every form's checks, field by field, against a small market.
@Suite("Form validation")
struct FormValidationTests {
    let today = CalendarDate("2022-09-30")!
    let market = Market(id: "m", name: "시험시장", region: "서울", stores: [
        Store(id: "s1", name: "연 가게", channelOpenedOn: CalendarDate("2022-08-10")!,
              friendReadings: [FriendReading(on: CalendarDate("2022-09-01")!, count: 40)]),
        Store(id: "s2", name: "안 연 가게"),
    ])

    /// The errors after typing `values` into the fields of a `kind` form for store `storeID`.
    private func errors(_ kind: Form.Kind, store storeID: String?, _ values: [String]) -> [String?] {
        var form = Form(kind: kind, market: market, store: market.stores.first { $0.id == storeID }, today: today)
        for (index, value) in values.enumerated() { form.fields[index].text = value }
        form.validate(market: market, today: today)
        return form.fields.map { $0.error?.en }
    }

    @Test("Channel opening: a real date, not in the future")
    func channel() {
        #expect(errors(.channel, store: "s2", ["2022-09-01"]) == [nil])
        #expect(errors(.channel, store: "s2", ["2022-10-01"]) == ["2022-10-01 is in the future (today is 2022-09-30)"])
        #expect(errors(.channel, store: "s2", ["9월 1일"]) == ["'9월 1일' is not a date: write it like 2024-03-06, 2024.3.6, 24.3.6, 3.6, 3/6, 오늘 (today), 어제 (yesterday) or 그제"])
        #expect(errors(.channel, store: "s2", ["9.1"]) == [nil], "a month and day of this year")
    }

    @Test("Friend reading: a count of 0 or more, on a day the channel was open")
    func friends() {
        #expect(errors(.friends, store: "s1", ["45", "2022-09-20"]) == [nil, nil])
        #expect(errors(.friends, store: "s1", ["-1", "2022-08-01"]) == ["must be at least 0", "2022-08-01 is before the channel opened on 2022-08-10"])
        #expect(errors(.friends, store: "s2", ["3", "2022-09-20"]) == [nil, "the channel of 안 연 가게 has not opened; record the opening first (o)"])
    }

    @Test("Messages: ad or info, at least one, on a day the channel was open")
    func messages() {
        #expect(errors(.message, store: "s1", ["정보", "2", "2022-09-20"]) == [nil, nil, nil])
        #expect(errors(.message, store: "s1", ["sms", "0", "2022-09-20"]) == ["write ad or info (광고/정보 too)", "must be at least 1", nil])
    }

    @Test("Post and note")
    func postAndNote() {
        #expect(errors(.post, store: "s1", ["2022-08-09"]) == ["2022-08-09 is before the channel opened on 2022-08-10"])
        #expect(errors(.note, store: "s1", ["  ", "2022-09-20"]) == ["cannot be empty", nil])
        #expect(errors(.note, store: "s1", ["사장님 휴가", "어제"]) == [nil, nil], "a note has a date, and needs no open channel")
        #expect(errors(.note, store: "s2", ["첫 방문", "2022-09-01"]) == [nil, nil])
        #expect(errors(.note, store: "s1", ["내일 방문", "2022-10-01"]) == [nil, "2022-10-01 is in the future (today is 2022-09-30)"])
    }

    @Test("Adding and editing a store: a name, an age from 15 to 110, Y or N", arguments: [Form.Kind.addStore, .editStore])
    func storeDetails(kind: Form.Kind) {
        let store = kind == .addStore ? nil : "s1"
        #expect(errors(kind, store: store, ["새 가게", "떡", "64", "예", ""]) == [nil, nil, nil, nil, nil])
        #expect(errors(kind, store: store, ["", "", "140", "maybe", ""]) == ["cannot be empty", nil, "write an age from 15 to 110", "write Y or N (예/아니오 too)", nil])
        #expect(errors(kind, store: store, ["가게", "", "예순", "N", ""])[2] == "digits only, please")
    }

    @Test("A lower friend count warns and needs confirming; an equal one does not")
    func fallingCount() {
        var form = Form(kind: .friends, market: market, store: market.stores[0], today: today)
        form.fields[0].text = "39"
        form.validate(market: market, today: today)
        #expect(form.isValid && form.warning != nil)
        form.fields[0].text = "40"
        form.validate(market: market, today: today)
        #expect(form.warning == nil)
    }
}
