/// Eight bytes of text tested at once as one little-endian word: the scans that run over every
/// byte of every file read (`JSONReader`'s, of strings and white space) test a word where they
/// would test eight bytes.
///
/// Each test sets the high bit of the bytes it finds, and may set it in a byte above a true
/// find (a borrow); so a nonzero result says exactly whether any byte is found, and its lowest
/// bit set marks the first one.
enum ByteWord {
    /// The word of eight bytes at `offset` in `bytes`, which has them.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    /// The bytes of `word` equal to `byte`.
    @inline(__always)
    static func bytes(of word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroBytes(word ^ (0x0101_0101_0101_0101 &* UInt64(byte)))
    }

    /// The bytes of `word` below 0x20, the control characters JSON and dangol's text refuse.
    @inline(__always)
    static func controlBytes(of word: UInt64) -> UInt64 {
        (word &- 0x2020_2020_2020_2020) & ~word & highBits
    }

    /// The bytes of `word` of 0x80 and above: those of characters beyond ASCII.
    @inline(__always)
    static func nonASCIIBytes(of word: UInt64) -> UInt64 {
        word & highBits
    }

    private static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & highBits
    }
}
