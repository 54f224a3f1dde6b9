/// Where a value sits inside a JSON document: object keys and array indices from the root.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// The path a `DecodingError` reports, with Foundation's `Index N` keys read as indices.
    public init(codingPath: [any CodingKey]) {
        components = codingPath.map { key in
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") { return .index(index) }
            return .key(key.stringValue)
        }
    }

    public func appending(_ component: Component) -> JSONPath {
        JSONPath(components + [component])
    }

    public func appending(_ key: String) -> JSONPath {
        appending(.key(key))
    }

    public func appending(_ index: Int) -> JSONPath {
        appending(.index(index))
    }

    /// The path in the familiar dotted form, for example `stores[3].friends[0].count`.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
