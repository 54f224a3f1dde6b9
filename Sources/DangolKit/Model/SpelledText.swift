/// A text field as a file spells it: the file's own bytes where they need no unescaping, else
/// the `String` its escapes spell. The rules check either where it lies (`MarketRules`), so a
/// reading that keeps no text, as a digest of figures, never makes a `String` of a name: its
/// decoding, allocation and release were about a tenth of such a reading's work.
///
/// `bytes` are valid UTF-8 (`JSONReader.readText` checks them) and lent by the reading: a
/// value holding them lives no longer than the file's bytes, within the reading.
enum SpelledText {
    case bytes(UnsafeBufferPointer<UInt8>)
    case string(String)

    /// What `body` makes of the text's UTF-8 bytes, read where they lie.
    @inline(__always)
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch self {
        case .bytes(let utf8): body(utf8)
        case .string(let string): string.withUTF8Bytes(body)
        }
    }

    /// The text as a `String`, made from the bytes when it is spelled by them.
    var string: String {
        switch self {
        case .bytes(let utf8): String(decoding: utf8, as: UTF8.self)
        case .string(let string): string
        }
    }
}

/// A store's id and name as its file spells them (`SpelledText`), for checking them where
/// they lie. A reading that fills one leaves the store's own `id` and `name` empty.
struct StoreSpelling {
    var id: SpelledText
    var name: SpelledText

    /// The spelling of a store's id and name as it holds them.
    init(of store: borrowing Store) {
        id = .string(store.id)
        name = .string(store.name)
    }
}
