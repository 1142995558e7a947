import Foundation
import GRDB
import GongwenKit

/// `parse --format sqlite`: one database for a whole archive, a table per kind of item,
/// keyed and indexed for the questions users ask ("all responsibilities due before
/// 2011-09-01"). Re-running replaces a source's rows by its sha256 (upsert).
public final class SQLiteSink: @unchecked Sendable {
    let db: DatabaseQueue

    public init(path: String) throws {
        db = try DatabaseQueue(path: path)
        try db.write { db in try Self.migrate(db) }
    }

    /// Where an item stands in its source: line and code-point span.
    static func located(_ t: TableDefinition) {
        t.column("line", .integer).notNull()
        t.column("span_start", .integer).notNull()
        t.column("span_end", .integer).notNull()
    }

    static func migrate(_ db: Database) throws {
        try db.create(table: "sources", ifNotExists: true) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("path", .text).notNull()
            t.column("sha256", .text).notNull().unique()
            t.column("encoding", .text).notNull()
            t.column("bytes", .integer).notNull()
            t.column("parser", .text).notNull()
        }
        try db.create(table: "documents", ifNotExists: true) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("source_id", .integer).notNull().indexed().references("sources", onDelete: .cascade)
            t.column("idx", .integer).notNull()
            t.column("title", .text)
            t.column("kind", .text).notNull()
            t.column("date", .text)
            t.column("first_line", .integer).notNull()
            t.column("last_line", .integer).notNull()
        }
        try db.create(table: "sections", ifNotExists: true) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("document_id", .integer).notNull().indexed().references("documents", onDelete: .cascade)
            t.column("parent_id", .integer).references("sections", onDelete: .cascade)
            t.column("depth", .integer).notNull()
            t.column("marker", .text).notNull()
            t.column("style", .text).notNull()
            t.column("ordinal", .integer)
            t.column("title", .text).notNull()
            t.column("inline", .boolean).notNull()
            located(t)
        }
        try db.create(table: "directives", ifNotExists: true) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("document_id", .integer).notNull().indexed().references("documents", onDelete: .cascade)
            t.column("text", .text).notNull()
            t.column("modality", .text).notNull()
            t.column("section", .text)
            located(t)
        }
        try db.create(table: "deadlines", ifNotExists: true) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("document_id", .integer).notNull().indexed().references("documents", onDelete: .cascade)
            t.column("text", .text).notNull()
            t.column("date", .text).indexed()
            t.column("relation", .text).notNull()
            located(t)
        }
        try db.create(table: "percentages", ifNotExists: true) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("document_id", .integer).notNull().indexed().references("documents", onDelete: .cascade)
            t.column("text", .text).notNull()
            t.column("value", .double)
            t.column("unit", .text).notNull()
            t.column("qualifier", .text).notNull()
            t.column("subject", .text)
            t.column("change", .text)
            located(t)
        }
        try db.create(table: "responsibilities", ifNotExists: true) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("document_id", .integer).notNull().indexed().references("documents", onDelete: .cascade)
            t.column("party", .text).notNull().indexed()
            t.column("party_type", .text).notNull()
            t.column("role", .text)
            t.column("duty", .text).notNull()
            t.column("task", .text).notNull()
            t.column("deadline", .text).indexed()
            located(t)
        }
    }

    /// Adds one parsed file, replacing what an earlier run stored for the same bytes.
    public func add(_ r: ParseResult) throws {
        try db.write { db in
            try db.execute(sql: "DELETE FROM sources WHERE sha256 = ?", arguments: [r.source.sha256])
            try db.execute(sql: "INSERT INTO sources (path, sha256, encoding, bytes, parser) VALUES (?, ?, ?, ?, ?)",
                           arguments: [r.source.path, r.source.sha256, r.source.encoding, r.source.bytes, r.parser])
            let source = db.lastInsertedRowID
            for d in r.documents {
                try db.execute(sql: "INSERT INTO documents (source_id, idx, title, kind, date, first_line, last_line) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [source, d.index, d.title, d.kind.rawValue, d.date, d.lines[0], d.lines[1]])
                let doc = db.lastInsertedRowID
                func sections(_ ss: [Section], parent: Int64?, depth: Int) throws {
                    for s in ss {
                        try db.execute(sql: """
                            INSERT INTO sections (document_id, parent_id, depth, marker, style, ordinal, title, inline, line, span_start, span_end)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """, arguments: [doc, parent, depth, s.marker, s.style, s.ordinal, s.title, s.inline, s.line, s.span.start, s.span.end])
                        try sections(s.children, parent: db.lastInsertedRowID, depth: depth + 1)
                    }
                }
                try sections(d.sections, parent: nil, depth: 1)
                for x in d.directives {
                    try db.execute(sql: "INSERT INTO directives (document_id, text, modality, section, line, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   arguments: [doc, x.text, x.modality.rawValue, x.section.joined(separator: " "), x.line, x.span.start, x.span.end])
                }
                for x in d.deadlines {
                    try db.execute(sql: "INSERT INTO deadlines (document_id, text, date, relation, line, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   arguments: [doc, x.text, x.date, x.relation.rawValue, x.line, x.span.start, x.span.end])
                }
                for x in d.percentages {
                    try db.execute(sql: """
                        INSERT INTO percentages (document_id, text, value, unit, qualifier, subject, change, line, span_start, span_end)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [doc, x.text, x.value, x.unit.rawValue, x.qualifier.rawValue, x.subject, x.change, x.line, x.span.start, x.span.end])
                }
                for x in d.responsibilities {
                    try db.execute(sql: """
                        INSERT INTO responsibilities (document_id, party, party_type, role, duty, task, deadline, line, span_start, span_end)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [doc, x.party, x.partyType.rawValue, x.role, x.duty.rawValue, x.task, x.deadline, x.line, x.span.start, x.span.end])
                }
            }
        }
    }

    /// Rows of a query, as strings, for tests and the README's examples.
    public func rows(_ sql: String) throws -> [[String?]] {
        try db.read { db in
            try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map { $0.isNull ? nil : String(describing: $0.storage.value.map { "\($0)" } ?? "") } }
        }
    }
}
