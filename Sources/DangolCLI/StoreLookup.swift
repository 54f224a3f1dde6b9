import DangolKit

/// Finds the store a person names on the command line: an id or an exact name, in one market
/// or, without `--market`, in whichever market has it.
enum StoreLookup {
    /// The market holding the store `text` names, and the store's id.
    /// - Throws: when no market has it, or more than one does and `--market` was not given.
    static func find(_ text: String, market id: String?, in folder: DataFolder, digests: [MarketDigest]) throws -> (Market, String) {
        if let id {
            let market = try folder.readMarket(id)
            return (market, try market.storeID(matching: text))
        }
        let candidates = digests.filter { digest in digest.stores.contains { $0.id == text || $0.name == text.trimmingWhitespace } }
        guard candidates.count == 1 else {
            throw DangolError.refused(candidates.isEmpty
                ? Localized("어느 시장에도 id나 이름이 '\(TextRules.printable(text))'인 점포가 없습니다",
                            "no market has a store with the id or the name '\(TextRules.printable(text))'")
                : Localized("'\(TextRules.printable(text))' 점포가 여러 시장에 있습니다 (\(candidates.map(\.id).joined(separator: ", "))): --market을 주세요",
                            "more than one market has a store '\(TextRules.printable(text))' (\(candidates.map(\.id).joined(separator: ", "))); give --market"))
        }
        let market = try folder.readMarket(candidates[0].id)
        return (market, try market.storeID(matching: text))
    }
}
