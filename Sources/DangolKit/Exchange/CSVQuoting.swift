/// The two quoting mistakes CSV.swift reads past without a word, found before it reads a sheet.
///
/// The library takes an unclosed quote as one cell running to the end of the file (every row
/// after it vanishes into one store name) and keeps text after a closing quote as part of the
/// cell. Both mean the sheet is not what its author thinks, so import refuses it with the row.
enum CSVQuoting {
    struct Problem: Equatable {
        /// The spreadsheet row (the header is row 1) where the cell starts.
        var row: Int
        var message: Localized
    }

    /// The first quoting mistake in `text`, or nil. Rows are counted as CSV.swift counts
    /// records: a line break inside quotes does not start a new one.
    static func firstProblem(in text: String) -> Problem? {
        var row = 1
        var openedOn: Int?
        var closedCellStart = 0
        var justClosed = false
        var atFieldStart = true
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if let start = openedOn {
                if scalar == "\"" {
                    openedOn = nil
                    justClosed = true
                    closedCellStart = start
                }
                continue
            }
            if justClosed {
                justClosed = false
                if scalar == "\"" {
                    // A doubled quote inside a quoted cell: the cell goes on.
                    openedOn = closedCellStart
                    continue
                }
                guard scalar == "," || scalar == "\n" || scalar == "\r" else {
                    return Problem(row: row, message: Localized("닫는 따옴표(\") 뒤에 글이 있습니다: 칸 전체를 따옴표로 감싸고 안의 따옴표는 두 번 쓰세요",
                                                                "there is text after a closing quote (\"); put the whole cell in quotes and double any quote inside it"))
                }
            }
            switch scalar {
            case ",": atFieldStart = true
            case "\n", "\r":
                if !(scalar == "\n" && previous == "\r") { row += 1 }
                atFieldStart = true
            case "\"" where atFieldStart:
                openedOn = row
                atFieldStart = false
            default: atFieldStart = false
            }
        }
        if let start = openedOn {
            return Problem(row: start, message: Localized("이 행에서 연 따옴표(\")가 닫히지 않아 뒤의 모든 행이 한 칸으로 읽힙니다",
                                                   "a quote (\") opened in this row is never closed, so every row after it would be read as one cell"))
        }
        return nil
    }
}
