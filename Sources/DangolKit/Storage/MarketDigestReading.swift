extension MarketDigest {
    /// The digest of a market file's `bytes`, of its figures only unless `withStores`, worked out
    /// store by store as the stores are read into one scratch store: the market is never built,
    /// nor its 150 stores copied, checked, summed and freed one pass after another.
    ///
    /// Nil unless the fast reader reads the whole file (`JSONReader`) and it breaks no rule,
    /// the file name's included, checked as `MarketRules` checks a whole market. The caller
    /// then decodes the file whole, which reads it alike or refuses it, naming the problem and
    /// where it is; so this changes how fast a file is digested, never what it is taken to hold.
    static func read(from bytes: [UInt8], fileID: String, withStores: Bool) -> MarketDigest? {
        var sums = StoreSums(withLabels: withStores)
        var ids = MarketRules.StoreIDs(capacity: 256)
        var storeCount = 0
        let market = JSONReader.read(from: bytes) { reader in
            // Without labels, no store's id or name is needed but to check it, where it lies.
            try Market.read(from: &reader, spellingStores: !withStores) { store, spelling in
                // A store that breaks a rule, or whose id's hash repeats (`StoreIDs`), ends the
                // reading here; the whole file's decoding reports it, or reads it alike.
                guard ids.isNew(spelling.id), MarketRules.problems(in: store, spelled: spelling, at: JSONPath()).isEmpty else { throw JSONReader.Unsupported() }
                sums.add(store)
                storeCount += 1
            }
        }
        guard let market, MarketRules.fileNameProblem(of: market, fileID: fileID) == nil,
              MarketRules.problems(inFieldsOf: market, storeCount: storeCount).isEmpty else { return nil }
        return MarketDigest(sums.fields(of: market))
    }
}
