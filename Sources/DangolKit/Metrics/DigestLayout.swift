/// The flat byte layout a `MarketDigest` lives in, in memory and in its cache file alike, so a
/// session reads a cached digest where the file is mapped instead of decoding a copy of it.
///
/// All integers are little-endian and 64-bit, at multiples of eight bytes:
///
///     header     16 fields (`Field`)
///     timeline   one 6-field `Point` per change day, in day order
///     stores     one 5-field record per store, in file order
///     keys       every store's search key, 32-bit scalar values one after another
///     texts      every text, UTF-8 one after another
///
/// A text is one field: its offset into the texts (low 32 bits) and its length in bytes (high 32
/// bits, all ones for none). A search key is its offset into the keys and its count the same way.
/// A day is its day number, `Int64.min` for none. Nothing in it is trusted before `isValid`
/// has checked every count, offset, day and figure against the bytes there are.
enum DigestLayout {
    /// The header's fields, in order.
    enum Field: Int, CaseIterable {
        case storeCount, pointCount, keysStart, keyCount, textsStart, textsLength
        case eligibleStores, ownerAgeTotal, ownerAgeCount, scheduleStarts, scheduleWeeks, latestRecordedDate
        case id, name, region, district

        /// The field's byte offset.
        var offset: Int { rawValue * 8 }
    }

    /// A timeline point's fields, in order.
    enum PointField: Int, CaseIterable {
        case on, channelsOpened, friends, messagesSent, posts, activeStores
    }

    /// A store record's fields, in order.
    enum StoreField: Int, CaseIterable {
        case id, name, category, key, channelOpenedOn
    }

    static let headerSize = Field.allCases.count * 8
    static let pointSize = PointField.allCases.count * 8
    static let storeSize = StoreField.allCases.count * 8
    static let noDay = Int.min
    private static let noText: UInt64 = 0xFFFF_FFFF

    /// The byte offset of field `field` of timeline point `index`.
    static func offset(ofPoint index: Int, _ field: PointField) -> Int {
        headerSize + index * pointSize + field.rawValue * 8
    }

    /// The byte offset of field `field` of store `index`, given the number of timeline points.
    static func offset(ofStore index: Int, _ field: StoreField, points: Int) -> Int {
        headerSize + points * pointSize + index * storeSize + field.rawValue * 8
    }

    // MARK: Writing

    /// `fields` laid out.
    static func bytes(of fields: MarketDigest.Fields) -> [UInt8] {
        var writer = Writer(capacity: Field.allCases.count + fields.timeline.count * PointField.allCases.count
                            + fields.stores.count * StoreField.allCases.count, stores: fields.stores.count)
        for value in [fields.stores.count, fields.timeline.count, 0, 0, 0, 0, fields.eligibleStores, fields.ownerAgeTotal,
                      fields.ownerAgeCount, day(fields.schedule?.starts), fields.schedule?.weeks ?? 0, day(fields.latestRecordedDate)] {
            writer.append(value)
        }
        for text in [fields.id, fields.name, fields.region, fields.district] {
            writer.append(writer.text(text))
        }
        // One value at a time: a list per point or store was an allocation each, seen at 210,000 stores.
        for point in fields.timeline {
            writer.append(point.on.dayNumber)
            writer.append(point.channelsOpened)
            writer.append(point.friends)
            writer.append(point.messagesSent)
            writer.append(point.posts)
            writer.append(point.activeStores)
        }
        for store in fields.stores {
            writer.append(writer.text(store.id))
            writer.append(writer.text(store.name))
            writer.append(writer.text(store.category))
            writer.append(writer.key(of: store.name))
            writer.append(day(store.channelOpenedOn))
        }
        return writer.finish()
    }

    /// Lays a digest out: fields first, then the keys and texts they refer to.
    private struct Writer {
        private var fixed: [Int] = []
        private var keys: [UInt32] = []
        private var texts: [UInt8] = []

        /// Room for `capacity` fields and the texts and keys of `stores` stores of usual names.
        init(capacity: Int, stores: Int) {
            fixed.reserveCapacity(capacity)
            texts.reserveCapacity(64 + stores * 32)
            keys.reserveCapacity(stores * 8)
        }

        mutating func append(_ value: Int) {
            fixed.append(value)
        }

        /// A reference to `value` among the texts, or the reference to none.
        mutating func text(_ value: String?) -> Int {
            guard var value else { return Int(bitPattern: UInt(noText << 32)) }
            let start = texts.count
            // As one run of bytes: appending the UTF-8 view went byte by byte.
            value.withUTF8 { texts.append(contentsOf: $0) }
            return reference(start, texts.count - start)
        }

        /// A reference to `name`'s search key among the keys.
        mutating func key(of name: String) -> Int {
            let start = keys.count
            HangulSearch.appendKey(of: name, to: &keys)
            return reference(start, keys.count - start)
        }

        /// The bytes, once the header's four places are known.
        mutating func finish() -> [UInt8] {
            let keysStart = fixed.count * 8
            fixed[Field.keysStart.rawValue] = keysStart
            fixed[Field.keyCount.rawValue] = keys.count
            fixed[Field.textsStart.rawValue] = keysStart + keys.count * 4
            fixed[Field.textsLength.rawValue] = texts.count
            let textsStart = keysStart + keys.count * 4
            return [UInt8](unsafeUninitializedCapacity: textsStart + texts.count) { buffer, initialized in
                let bytes = UnsafeMutableRawBufferPointer(buffer)
                for (index, value) in fixed.enumerated() {
                    bytes.storeBytes(of: Int64(value).littleEndian, toByteOffset: index * 8, as: Int64.self)
                }
                for (index, scalar) in keys.enumerated() {
                    bytes.storeBytes(of: scalar.littleEndian, toByteOffset: keysStart + index * 4, as: UInt32.self)
                }
                UnsafeMutableRawBufferPointer(rebasing: bytes[textsStart...]).copyBytes(from: texts)
                initialized = bytes.count
            }
        }

        private func reference(_ start: Int, _ length: Int) -> Int {
            Int(bitPattern: UInt(UInt64(start) | UInt64(length) << 32))
        }
    }

    private static func day(_ date: CalendarDate?) -> Int {
        date?.dayNumber ?? noDay
    }

    // MARK: Reading

    /// The text whose reference is at `offset`, or nil for none.
    static func text(at offset: Int, in bytes: DigestBytes) -> String? {
        guard let (start, length) = reference(at: offset, in: bytes) else { return nil }
        return bytes.text(at: bytes.int(at: Field.textsStart.offset) + start, length: length)
    }

    /// The day at `offset`, or nil for none.
    static func day(at offset: Int, in bytes: DigestBytes) -> CalendarDate? {
        let number = bytes.int(at: offset)
        return number == noDay ? nil : CalendarDate(dayNumber: number)
    }

    /// The search key whose reference is at `offset`: where its first scalar is, and how many.
    static func key(at offset: Int, in bytes: DigestBytes) -> (start: Int, count: Int) {
        let (index, count) = reference(at: offset, in: bytes) ?? (0, 0)
        return (bytes.int(at: Field.keysStart.offset) + index * 4, count)
    }

    private static func reference(at offset: Int, in bytes: DigestBytes) -> (Int, Int)? {
        let raw = UInt64(bitPattern: Int64(bytes.int(at: offset)))
        let length = raw >> 32
        return length == noText ? nil : (Int(raw & 0xFFFF_FFFF), Int(length))
    }

    // MARK: Checking

    /// Figures no real market reaches, and that 1,400 markets cannot overflow when added up.
    private static let counts = 0...(1 << 48)

    /// Whether `bytes` hold a whole, well-formed digest: every count and offset within the bytes,
    /// every day a real one, the timeline in day order, every figure in range. Anything less is
    /// a cache file to rebuild, never one to read.
    static func isValid(_ bytes: DigestBytes) -> Bool {
        guard bytes.count >= headerSize else { return false }
        func field(_ field: Field) -> Int { bytes.int(at: field.offset) }
        let (stores, points, keys, texts) = (field(.storeCount), field(.pointCount), field(.keyCount), field(.textsLength))
        guard (0...bytes.count / storeSize).contains(stores), (0...bytes.count / pointSize).contains(points),
              (0...bytes.count / 4).contains(keys), (0...bytes.count).contains(texts),
              field(.keysStart) == headerSize + points * pointSize + stores * storeSize,
              field(.textsStart) == field(.keysStart) + keys * 4,
              field(.textsStart) + texts == bytes.count else { return false }
        func isText(at offset: Int, optional: Bool = false) -> Bool {
            guard let (start, length) = reference(at: offset, in: bytes) else { return optional }
            return start + length <= texts
        }
        func isDay(at offset: Int, optional: Bool = true) -> Bool {
            let number = bytes.int(at: offset)
            return (optional && number == noDay) || MarketRules.dates.contains(CalendarDate(dayNumber: number))
        }
        func isCount(at offset: Int) -> Bool { counts.contains(bytes.int(at: offset)) }
        guard [Field.id, .name, .region].allSatisfy({ isText(at: $0.offset) }), isText(at: Field.district.offset, optional: true),
              [Field.eligibleStores, .ownerAgeTotal, .ownerAgeCount].allSatisfy({ isCount(at: $0.offset) }),
              isDay(at: Field.latestRecordedDate.offset), isDay(at: Field.scheduleStarts.offset),
              field(.scheduleStarts) == noDay || MarketRules.programmeWeeks.contains(field(.scheduleWeeks)) else { return false }
        var previous = Int.min
        for point in 0..<points {
            let day = bytes.int(at: offset(ofPoint: point, .on))
            guard day > previous, isDay(at: offset(ofPoint: point, .on), optional: false),
                  PointField.allCases.dropFirst().allSatisfy({ isCount(at: offset(ofPoint: point, $0)) }) else { return false }
            previous = day
        }
        return (0..<stores).allSatisfy { store in
            func at(_ field: StoreField) -> Int { offset(ofStore: store, field, points: points) }
            guard let (start, count) = reference(at: at(.key), in: bytes) else { return false }
            return isText(at: at(.id)) && isText(at: at(.name)) && isText(at: at(.category), optional: true)
                && start + count <= keys && isDay(at: at(.channelOpenedOn))
        }
    }
}
