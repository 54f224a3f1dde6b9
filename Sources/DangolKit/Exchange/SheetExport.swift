/// Writes markets' stores as CSV with the columns `SheetImport` reads, so export → import
/// round-trips.
public enum SheetExport {
    /// The CSV text of `markets`; with more than one market a leading `market` column says
    /// which market each row belongs to. Headers are English, or Korean (`점포코드` …) for
    /// `.ko`: import reads both.
    public static func csv(_ markets: [Market], headers language: Language = .en) throws -> String {
        let columns = markets.count == 1 ? SheetColumn.storeColumns : SheetColumn.allCases
        let rows = markets.flatMap { market in
            market.stores.map { store in columns.map { cell($0, of: store, in: market) } }
        }
        return try CSVText.write([columns.map { language == .ko ? $0.koreanHeader : $0.rawValue }] + rows)
    }

    /// The rows of `csv` as a workbook: ages and counts as numbers, the opening day as a date.
    public static func workbook(_ markets: [Market], headers language: Language = .en) -> Workbook {
        let columns = markets.count == 1 ? SheetColumn.storeColumns : SheetColumn.allCases
        let rows = markets.flatMap { market in
            market.stores.map { store in columns.map { workbookCell($0, of: store, in: market) } }
        }
        return Workbook(sheetName: markets.count == 1 ? markets[0].name : "stores",
                        header: columns.map { language == .ko ? $0.koreanHeader : $0.rawValue }, rows: rows)
    }

    private static func workbookCell(_ column: SheetColumn, of store: Store, in market: Market) -> Workbook.Cell {
        let text = cell(column, of: store, in: market)
        switch column {
        case .ownerAge, .friends, .messages: return Int(text).map(Workbook.Cell.integer) ?? .empty
        case .channelOpenedOn: return store.channelOpenedOn.map(Workbook.Cell.date) ?? .empty
        default: return .text(text)
        }
    }

    private static func cell(_ column: SheetColumn, of store: Store, in market: Market) -> String {
        switch column {
        case .market: return market.id
        case .id: return store.id
        case .name: return store.name
        case .category: return store.category ?? ""
        case .ownerAge: return store.ownerAge.map(String.init) ?? ""
        case .eligible: return store.eligible ? "Y" : "N"
        case .tutor: return store.tutor ?? ""
        case .channelOpenedOn: return store.channelOpenedOn?.description ?? ""
        case .friends: return store.friendReadings.last.map { String($0.count) } ?? ""
        case .messages: return store.channelOpenedOn == nil ? "" : String(store.messages.reduce(0) { $0 + $1.count })
        }
    }
}
