import Foundation

/// Reads files and folders into ``Document`` values: the front door of the Ingest stage.
///
/// Reads: paths. Adds: metadata (with where it came from), blocks with roles, diagnostics.
///
/// - Folders are read recursively in sorted order; symbolic-link loops and folders reached
///   twice are reported and skipped.
/// - `.txt`, `.md`, `.html`/`.htm` are articles; `.json` (one record, an array, or an object
///   with a `documents` array) and `.jsonl` hold records with `text` and optional `id`,
///   `title`, `author`, `published`, `outlet`, `url`. A record's offsets point into its
///   decoded `text`, which is then the document's ``Document/source``.
/// - A `manifest.json` in a folder given on the command line gives metadata that wins over
///   the text; a disagreement is a diagnostic.
/// - Bad files (empty, binary, not UTF-8, unknown extension, unreadable) are diagnostics, and
///   the rest of the corpus is still read.
public struct Ingestor: Sendable {
  /// Files larger than this are skipped with a diagnostic rather than read into memory.
  public var maximumFileSize = 1 << 30

  public init() {}

  enum Format: String {
    case text, markdown, html, json, jsonLines, timeML
  }

  static func format(ofExtension ext: String) -> Format? {
    switch ext.lowercased() {
    case "txt", "text": .text
    case "md", "markdown": .markdown
    case "html", "htm", "xhtml", "xml": .html
    case "tml", "timeml": .timeML
    case "json": .json
    case "jsonl", "ndjson": .jsonLines
    default: nil
    }
  }

  /// Reads every supported file under `paths`.
  ///
  /// - Throws: ``TimelineError/pathNotFound(_:)`` when a path does not exist;
  ///   ``TimelineError/unreadableInput(path:line:reason:)`` for a malformed manifest.
  public func ingest(paths: [String]) throws -> Corpus {
    let fm = FileManager.default
    var docs: [Document] = []
    var diagnostics: [Diagnostic] = []
    var root: String? = nil
    var visited = Set<String>()
    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw TimelineError.pathNotFound(path) }
      if isDir.boolValue {
        if root == nil { root = path }
        // The manifest is read on another thread while the folder is walked (at 100,000
        // documents each took a third of a second, one core idle).
        let manifestPath = (path as NSString).appendingPathComponent(Manifest.fileName)
        let reading = BackgroundWork<Result<Manifest?, TimelineError>>()
        reading.submit {
          guard let data = FileManager.default.contents(atPath: manifestPath) else { return .success(nil) }
          return Result { () throws(TimelineError) in try Manifest.parse([UInt8](data), path: manifestPath) }
        }
        var found: [(relative: String, full: String)] = []
        walk(path, relative: "", visited: &visited, found: &found, diagnostics: &diagnostics)
        let manifest = try reading.take(0).get()
        diagnostics += manifest?.diagnostics ?? []
        let files = found.filter { $0.relative != Manifest.fileName }
        // Files are independent: read and classify them on all cores, keep the sorted order.
        var results = parallelMap(files) { file in
          var local: [Diagnostic] = []
          let docs = read(file: file.full, relative: file.relative, diagnostics: &local)
          return (docs, local)
        }
        var folderDocs: [Document] = []
        folderDocs.reserveCapacity(results.count)
        for k in results.indices {
          // A file's one document is moved out of the results: a copy retained every string
          // and list of the document, and dropping the results released them all again.
          if results[k].0.count == 1, let d = results[k].0.popLast() {
            folderDocs.append(d)
          } else {
            folderDocs += results[k].0
          }
          diagnostics += results[k].1
        }
        if let manifest {
          apply(manifest, to: &folderDocs, manifestPath: manifestPath, diagnostics: &diagnostics)
        }
        // The first folder's documents become the list (appending them copied every one).
        if docs.isEmpty { docs = folderDocs } else { docs += folderDocs }
      } else {
        let name = (path as NSString).lastPathComponent
        if root == nil { root = (path as NSString).deletingLastPathComponent }
        if Self.format(ofExtension: Self.pathExtension(name)) == nil {
          diagnostics.append(unsupported(name))
          continue
        }
        let fileDocs = read(file: path, relative: name, diagnostics: &diagnostics)
        if docs.isEmpty { docs = fileDocs } else { docs += fileDocs }
      }
    }
    return Corpus(
      root: root ?? ".", documents: Self.uniqueSorted(docs, diagnostics: &diagnostics),
      diagnostics: diagnostics.sorted())
  }

  /// Reads JSON lines (one record per line, as `timeline map` receives them on stdin).
  ///
  /// A malformed line is a diagnostic naming its line number; the other lines are read.
  public func ingest(jsonLines: String, name: String) -> Corpus {
    var diagnostics: [Diagnostic] = []
    let docs = RecordReader.jsonLines(
      Array(jsonLines.utf8), path: name, fileID: Self.stripExtension(name), diagnostics: &diagnostics)
    return Corpus(
      root: ".", documents: Self.uniqueSorted(docs, diagnostics: &diagnostics), diagnostics: diagnostics.sorted())
  }

  // MARK: - Walking

  private func walk(
    _ dir: String, relative: String, visited: inout Set<String>, found: inout [(relative: String, full: String)],
    diagnostics: inout [Diagnostic]
  ) {
    let fm = FileManager.default
    let label = relative.isEmpty ? dir : relative
    guard let real = Self.canonical(dir) else {
      diagnostics.append(
        Diagnostic(
          .warning, code: "ingest.unreadable", path: label, message: "\(label): cannot resolve the folder; skipped"))
      return
    }
    guard visited.insert(real).inserted else {
      diagnostics.append(
        Diagnostic(
          .warning, code: "ingest.symlink-loop", path: label,
          message: "\(label): folder already read (symbolic-link loop or second link to \(real)); skipped"))
      return
    }
    guard let entries = Self.entries(of: dir) else {
      diagnostics.append(
        Diagnostic(
          .warning, code: "ingest.unreadable", path: label, message: "\(label): cannot list the folder; skipped"))
      return
    }
    for (name, type) in entries {
      let full = (dir as NSString).appendingPathComponent(name)
      let rel = relative.isEmpty ? name : relative + "/" + name
      if name.hasPrefix(".") {
        diagnostics.append(
          Diagnostic(.note, code: "ingest.hidden-file", path: rel, message: "\(rel): hidden file or folder skipped"))
        continue
      }
      // A plain file or folder as listed; anything else (a link, an unknown type) as `stat`
      // finds what it leads to.
      var isDir: ObjCBool = ObjCBool(type == .folder)
      guard type != .other || fm.fileExists(atPath: full, isDirectory: &isDir) else {
        let isLink = (try? fm.destinationOfSymbolicLink(atPath: full)) != nil
        diagnostics.append(
          Diagnostic(
            .warning, code: isLink ? "ingest.broken-symlink" : "ingest.unreadable", path: rel,
            message: isLink
              ? "\(rel): symbolic link to a missing target or a link loop; skipped" : "\(rel): cannot read; skipped"))
        continue
      }
      if isDir.boolValue {
        walk(full, relative: rel, visited: &visited, found: &found, diagnostics: &diagnostics)
      } else if Self.format(ofExtension: Self.pathExtension(name)) != nil {
        found.append((rel, full))
      } else {
        diagnostics.append(unsupported(rel))
      }
    }
  }

  /// What a folder entry is, as the listing says.
  enum EntryType { case file, folder, other }

  /// A folder's entries (without "." and ".."), sorted by name; nil when the folder cannot be
  /// listed. Listed with `readdir`, whose entry types spare a `stat` per plain file (at
  /// 100,000 documents a serial third of a second); names that are not UTF-8 are left to
  /// `FileManager`'s listing, as before.
  static func entries(of dir: String) -> [(name: String, type: EntryType)]? {
    guard let stream = opendir(dir) else { return nil }
    defer { closedir(stream) }
    var out: [(name: String, type: EntryType)] = []
    while let entry = readdir(stream) {
      let decoded = withUnsafePointer(to: &entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
          String(validatingCString: $0)
        }
      }
      guard let name = decoded else {
        return (try? FileManager.default.contentsOfDirectory(atPath: dir))?.sorted().map { ($0, .other) }
      }
      if name == "." || name == ".." { continue }
      let type: EntryType =
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_REG): .file
        case Int32(DT_DIR): .folder
        default: .other
        }
      out.append((name, type))
    }
    return out.sorted { $0.name < $1.name }
  }

  private func unsupported(_ rel: String) -> Diagnostic {
    Diagnostic(
      .warning, code: "ingest.unsupported-extension", path: rel,
      message: "\(rel): unsupported file type (expected .txt, .md, .html, .htm, .json, .jsonl, .tml); skipped")
  }

  static func canonical(_ path: String) -> String? {
    guard let r = realpath(path, nil) else { return nil }
    defer { free(r) }
    return String(cString: r)
  }

  static func stripExtension(_ path: String) -> String {
    let ext = pathExtension(path)
    return ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
  }

  /// `(path as NSString).pathExtension`, read from the bytes of an ASCII path with no doubled
  /// or trailing slash (what a folder listing gives): there Foundation's slash fixing changes
  /// nothing and its walk by characters finds the text after the last "." of the last
  /// component, or nothing when that dot starts the component ("..", ".txt"). Foundation's
  /// steps cost about 9,000 instructions a call, and every file takes three.
  static func pathExtension(_ path: String) -> String {
    let fast = path.utf8.withContiguousStorageIfAvailable { b -> String? in
      var dot = -1
      var k = b.count - 1
      while k >= 0, b[k] != 0x2F {  // "/"
        if dot < 0, b[k] == 0x2E { dot = k }  // "."
        k -= 1
      }
      guard b.last != 0x2F, !b.contains(where: { $0 >= 0x80 }) else { return nil }
      for i in b.indices.dropFirst() where b[i] == 0x2F && b[i - 1] == 0x2F { return nil }
      guard dot > k + 1 else { return "" }
      return String(decoding: UnsafeBufferPointer(rebasing: b[(dot + 1)...]), as: UTF8.self)
    }
    if case .some(.some(let ext)) = fast { return ext }
    return (path as NSString).pathExtension
  }

  // MARK: - Reading one file

  private func read(file full: String, relative: String, diagnostics: inout [Diagnostic]) -> [Document] {
    let bytes: [UInt8]
    switch FileBytes.contents(of: full, limit: maximumFileSize) {
    case .bytes(let b):
      bytes = b
    case .tooLarge(let size):
      diagnostics.append(
        Diagnostic(
          .error, code: "ingest.too-large", path: relative,
          message: "\(relative): \(size) bytes is over the \(maximumFileSize)-byte limit; skipped"))
      return []
    case .unreadable:
      diagnostics.append(
        Diagnostic(
          .error, code: "ingest.unreadable", path: relative, message: "\(relative): cannot read the file; skipped"))
      return []
    }
    guard let format = Self.format(ofExtension: Self.pathExtension(relative)) else { return [] }
    let id = Self.stripExtension(relative)
    switch format {
    case .json:
      return RecordReader.json(bytes, path: relative, fileID: id, diagnostics: &diagnostics)
    case .jsonLines:
      return RecordReader.jsonLines(bytes, path: relative, fileID: id, diagnostics: &diagnostics)
    case .text, .markdown, .html, .timeML:
      return Self.article(bytes, id: id, path: relative, format: format, diagnostics: &diagnostics).map { [$0] } ?? []
    }
  }

  /// The offset of the first NUL byte of `bytes` (`firstIndex(of: 0)`, with `memchr`).
  static func firstNUL(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { ByteSearch.first(0, in: $0, 0, $0.count) }
  }

  /// Checks the bytes of one article and builds its document, or explains why not.
  static func article(
    _ bytes: [UInt8], id: String, path: String, format declared: Format, diagnostics: inout [Diagnostic]
  ) -> Document? {
    if bytes.isEmpty || UTF8Bytes.isBlank(bytes, 0, bytes.count) {
      diagnostics.append(
        Diagnostic(.warning, code: "ingest.empty", path: path, message: "\(path): empty file (no text); skipped"))
      return nil
    }
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      diagnostics.append(
        Diagnostic(
          .error, code: "ingest.utf16", path: path, line: 1,
          message: "\(path): UTF-16 text (byte order mark); only UTF-8 is read, convert the file; skipped"))
      return nil
    }
    if let nul = firstNUL(bytes) {
      let source = SourceText(bytes: bytes)
      diagnostics.append(
        Diagnostic(
          .error, code: "ingest.binary", path: path, line: source.line(at: nul), start: nul, end: nul + 1,
          message: "\(path): binary file (NUL byte at offset \(nul)), not text; skipped"))
      return nil
    }
    var docDiagnostics: [Diagnostic] = []
    let invalid = UTF8Bytes.invalidOffsets(bytes)
    let source = SourceText(bytes: bytes)
    if invalid.count > 0, let first = invalid.first.first {
      docDiagnostics.append(
        Diagnostic(
          .warning, code: "ingest.invalid-utf8", path: path, line: source.line(at: first),
          column: source.column(at: first),
          start: first, end: first + 1,
          message:
            "\(path): \(invalid.count) byte(s) are not valid UTF-8 (first at offset \(first)); read as U+FFFD, offsets unchanged"
        ))
    }
    var format = declared
    if format != .timeML, TimeMLReader.looksLikeTimeML(bytes) {
      format = .timeML
    } else if format != .html, format != .timeML, HTMLReader.looksLikeHTML(bytes) {
      format = .html
      docDiagnostics.append(
        Diagnostic(
          .note, code: "ingest.format-sniffed", path: path, line: 1,
          message: "\(path): content is HTML although the extension says otherwise; read as HTML"))
    }
    var doc = Document(id: id, path: path, source: source)
    let raw: [RawBlock]
    var htmlMeta = TextMetadata()
    if format == .html {
      (raw, htmlMeta) = HTMLReader.read(source)
    } else if format == .timeML {
      raw = []
    } else {
      raw = TextLayout.paragraphs(bytes, lineStarts: source.lineStarts, markdown: format == .markdown)
    }
    let (blocks, textMeta) =
      format == .timeML ? TimeMLReader.read(source) : BlockClassifier(source: source, raw: raw).classify()
    doc.blocks = blocks
    var meta = textMeta
    if format == .markdown, let front = frontMatter(source, raw) {
      merge(front, into: &meta)
    }
    merge(htmlMeta, into: &meta)
    // "Updated 3:10 p.m. EDT, March 16, 2022" with no other date: news is updated on the day it
    // appears far more often than later, so the update day stands, with less confidence.
    if meta.published == nil { meta.published = meta.updated }
    assign(meta, to: &doc, source: "text")
    if blocks.allSatisfy({ $0.role != .body }) {
      docDiagnostics.append(
        Diagnostic(
          .warning, code: "ingest.no-body", path: path,
          message: "\(path): no article text found (every paragraph is headline, metadata or boilerplate)"))
    }
    doc.diagnostics = docDiagnostics
    return doc
  }

  /// Copies text metadata into the document, with evidence citing the line it came from.
  static func assign(_ meta: TextMetadata, to doc: inout Document, source label: String) {
    if let f = meta.title { doc.title = f.value; doc.sources[.title] = label }
    if let f = meta.author { doc.author = f.value; doc.sources[.author] = label }
    if let f = meta.url { doc.url = f.value; doc.sources[.url] = label }
    if let f = meta.outlet { doc.outlet = f.value; doc.sources[.outlet] = label }
    if let f = meta.published {
      let confidence = f.rule == "ingest.url-date" || f.rule == "ingest.update-date" ? 0.8 : 1.0
      doc.published = PublishedDate(
        value: f.value, source: .text, evidence: [Evidence(rule: f.rule, note: f.note, citation: doc.cite(f.span))],
        confidence: confidence)
      doc.sources[.published] = label
    }
  }

  /// Fields of `extra` fill the gaps of `meta` (earlier rules win).
  static func merge(_ extra: TextMetadata, into meta: inout TextMetadata) {
    if meta.title == nil { meta.title = extra.title }
    if meta.author == nil { meta.author = extra.author }
    if meta.published == nil { meta.published = extra.published }
    if meta.updated == nil { meta.updated = extra.updated }
    if meta.url == nil { meta.url = extra.url }
    if meta.outlet == nil { meta.outlet = extra.outlet }
  }

  /// `key: value` lines of a Markdown front matter block.
  static func frontMatter(_ source: SourceText, _ raw: [RawBlock]) -> TextMetadata? {
    guard let block = raw.first(where: { $0.hint == "front-matter" }) else { return nil }
    var meta = TextMetadata()
    var offset = block.start
    let text = String(decoding: source.bytes[block.start..<block.end], as: UTF8.self)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let lineStart = offset
      offset += line.utf8.count + 1
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].ingestTrimmed().lowercased()
      var value = line[line.index(after: colon)...].ingestTrimmed()
      if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
        value = String(value.dropFirst().dropLast())
      }
      guard !value.isEmpty else { continue }
      let span = source.span(lineStart, min(block.end, lineStart + line.utf8.count))
      let note = "front matter field '\(key)'"
      switch key {
      case "title": meta.title = .init(value: value, span: span, rule: "ingest.front-matter", note: note)
      case "author", "byline": meta.author = .init(value: value, span: span, rule: "ingest.front-matter", note: note)
      case "date", "published", "pubdate", "publishdate":
        if let day = MetadataDate.parseField(value) {
          meta.published = .init(value: day, span: span, rule: "ingest.front-matter", note: note)
        }
      case "url", "link", "canonical", "source_url":
        meta.url = .init(value: value, span: span, rule: "ingest.front-matter", note: note)
      case "outlet", "source", "publisher", "site":
        meta.outlet = .init(value: value, span: span, rule: "ingest.front-matter", note: note)
      default: break
      }
    }
    return meta
  }

  // MARK: - Manifest and ids

  private func apply(
    _ manifest: Manifest, to docs: inout [Document], manifestPath: String, diagnostics: inout [Diagnostic]
  ) {
    // Each entry's document by path or id: the first document that has it.
    var byKey: [String: Int] = [:]
    byKey.reserveCapacity(2 * docs.count)
    for k in docs.indices {
      if byKey[docs[k].path] == nil { byKey[docs[k].path] = k }
      if byKey[docs[k].id] == nil { byKey[docs[k].id] = k }
    }
    // Each document's entries by number, in manifest order: its first in `first`, each next
    // one in `next` (a document seldom has two). A list of entries per document was an
    // allocation for each, and every entry was copied into it (its strings retained) and out of
    // it again.
    let entries = manifest.entries
    var first = [Int](repeating: -1, count: docs.count)
    var last = first
    var next = [Int](repeating: -1, count: entries.count)
    for n in entries.indices {
      let path = entries[n].path
      let key = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
      guard let k = byKey[key] else {
        diagnostics.append(
          Diagnostic(
            .warning, code: "manifest.missing-file", path: manifestPath, line: entries[n].line,
            message: "\(manifestPath): entry for \"\(path)\" names no document that was read; ignored"))
        continue
      }
      if first[k] < 0 { first[k] = n } else { next[last[k]] = n }
      last[k] = n
    }
    // Each document takes its own entries, in place, on all cores.
    let (heads, links) = (first, next)
    parallelUpdate(&docs, at: docs.indices.filter { heads[$0] >= 0 }) { k, doc in
      var n = heads[k]
      while n >= 0 {
        Self.applyEntry(
          title: entries[n].title, author: entries[n].author, url: entries[n].url, outlet: entries[n].outlet,
          published: entries[n].published, line: entries[n].publishedLine, from: manifestPath, label: "manifest",
          to: &doc)
        n = links[n]
      }
    }
  }

  /// Whether two ASCII texts are the same once lowercased and stripped of all but letters and
  /// digits (``applyEntry``'s comparison), by their bytes side by side with no normalized copy;
  /// nil when either is not ASCII.
  static func asciiSameNormalized(_ a: String, _ b: String) -> Bool? {
    let answer: Bool?? = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y -> Bool? in
        guard !x.contains(where: { $0 >= 0x80 }), !y.contains(where: { $0 >= 0x80 }) else { return nil }
        var i = 0
        var j = 0
        while true {
          while i < x.count, !MarkupCleaner.isAlnum(x[i]) { i += 1 }
          while j < y.count, !MarkupCleaner.isAlnum(y[j]) { j += 1 }
          guard i < x.count, j < y.count else { return i == x.count && j == y.count }
          guard UTF8Bytes.asciiLower(x[i]) == UTF8Bytes.asciiLower(y[j]) else { return false }
          i += 1
          j += 1
        }
      } ?? nil
    }
    return answer ?? nil
  }

  /// Gives `doc` the supplied metadata (manifest or record), reporting disagreements with the text.
  static func applyEntry(
    title: String?, author: String?, url: String?, outlet: String?, published: String?, line: Int, from origin: String,
    label: String, to doc: inout Document
  ) {
    func disagree(_ field: String, _ given: String, _ text: String) {
      doc.diagnostics.append(
        Diagnostic(
          .warning, code: "ingest.metadata-disagreement", path: doc.path,
          message:
            "\(doc.path): \(field) is \"\(given)\" in \(label == "manifest" ? origin : "the record") but \"\(text)\" in the text; using \"\(given)\""
        ))
    }
    func normalized(_ s: String) -> String {
      // ASCII (nearly every title) by bytes: Unicode property lookups per character were a
      // visible share of ingest.
      // On the contiguous bytes: the generic `allSatisfy` and `compactMap` over the UTF-8 view
      // cost a closure call a byte.
      var s = s
      let ascii = s.withUTF8 { b -> String? in
        guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: b.count) { out in
          var n = 0
          for c in b {
            switch c {
            case 0x41...0x5A: out[n] = c + 0x20
            case 0x61...0x7A, 0x30...0x39: out[n] = c
            default: continue
            }
            n += 1
          }
          return n
        }
      }
      return ascii ?? s.lowercased().filter { $0.isLetter || $0.isNumber }
    }
    /// The field's value once `value` is given for it (the document's fields are read and
    /// written through its buffer, one access at a time).
    func take(_ field: MetadataSources.Field, _ value: String?, _ current: String?) -> String? {
      guard let value, !value.isEmpty else { return current }
      if let old = current, doc.sources[field] == "text",
        !(Self.asciiSameNormalized(old, value) ?? (normalized(old) == normalized(value))),
        field != .outlet || !Self.sameOutlet(given: value, text: old)
      {
        disagree(field.name, value, old)
      }
      doc.sources[field] = label
      return value
    }
    doc.title = take(.title, title, doc.title)
    doc.author = take(.author, author, doc.author)
    doc.url = take(.url, url, doc.url)
    doc.outlet = take(.outlet, outlet, doc.outlet)
    if let published {
      if let old = doc.published, old.source == .text, old.value != published {
        disagree("published", published, old.value)
      }
      doc.published = PublishedDate(
        value: published, source: .manifest,
        evidence: [Evidence(rule: "ingest.\(label)", note: "\(label == "manifest" ? origin : "record") line \(line)")],
        confidence: 1.0)
      doc.sources[.published] = label
    }
  }

  /// News agencies whose credit line ("By AFP") names the story's source, not the outlet.
  static let agencies: Set<String> = [
    "afp", "ap", "associatedpress", "reuters", "efe", "xinhua", "tass", "ria", "rianovosti", "interfax", "ani", "pti",
    "dpa", "kyodo", "anadolu", "upi", "ansa", "yonhap", "bernama", "aap", "apa", "epa", "ips",
  ]

  /// Whether an outlet given by the manifest and one read from the text name the same
  /// publisher: "The Daily Meridian" and the site `dailymeridian.example`, or an agency
  /// credit ("By AFP") on a story the outlet carries.
  static func sameOutlet(given: String, text: String) -> Bool {
    if let answer = asciiSameOutlet(given: given, text: text) { return answer }
    func words(_ s: String) -> [String] {
      // ASCII by bytes (letters and digits are then the ASCII ones).
      var w =
        s.utf8.allSatisfy { $0 < 0x80 }
        ? s.lowercased().utf8.split { !MarkupCleaner.isAlnum($0) }.map { String(decoding: $0, as: UTF8.self) }
        : s.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
      if w.first == "the" { w.removeFirst() }
      return w
    }
    func key(_ s: String) -> String { words(s).joined() }
    let t = text.lowercased()
    if agencies.contains(key(text)) { return true }
    // A host name: compare its labels without "www" and the top-level domain.
    if t.ingestContainsText("."), !t.contains(" ") {
      var labels = t.split(separator: ".").map(String.init).filter { $0 != "www" }.dropLast()
      if labels.count > 1, let l = labels.last, ["co", "com", "org", "net", "gov", "ac"].contains(l) {
        labels = labels.dropLast()  // bbc.co.uk
      }
      let site = key(labels.joined(separator: " "))
      let name = key(given)
      guard !site.isEmpty, !name.isEmpty else { return false }
      if site.contains(name) || name.contains(site) { return true }
      // Initials for the first words: "Asia Pacific Monitor" → apmonitor, "British
      // Broadcasting Corporation" → bbc.
      let w = words(given)
      return (1...max(1, w.count)).contains { k in
        k <= w.count && w[..<k].compactMap(\.first).map(String.init).joined() + w[k...].joined() == site
      }
    }
    return false
  }

  /// ``sameOutlet(given:text:)`` of two ASCII texts, by their bytes; nil when either is not
  /// ASCII. In ASCII the letters and digits are the ASCII ones, lowercasing maps only `A`–`Z`,
  /// a word's first character is its first byte and a substring search is a byte search; the
  /// `String` version (Foundation's substring search, a `String` per word and per label) cost
  /// about 40,000 instructions a document that states its outlet in the text.
  ///
  /// The texts are read in place, lowercased as they are read, and the keys compared are
  /// written one after another to one scratch buffer (on the stack): the lowercase copies and
  /// the lists of words, labels and keys made of them were about twelve allocations a document.
  static func asciiSameOutlet(given: String, text: String) -> Bool? {
    var (given, text) = (given, text)
    return text.withUTF8 { t in
      given.withUTF8 { g -> Bool? in
        guard !t.contains(where: { $0 >= 0x80 }), !g.contains(where: { $0 >= 0x80 }) else { return nil }
        // The text's key, its labels, their key; the given name's key, one candidate at a time.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * t.count + 2 * g.count + 1) { scratch in
          var keys = OutletKeys(scratch: scratch)
          return keys.same(given: g, text: t)
        }
      }
    }
  }

  /// The keys ``asciiSameOutlet(given:text:)`` compares, written to a scratch buffer: a key is
  /// the words (runs of ASCII letters and digits) of a text, lowercased, one after another,
  /// without a leading "the".
  struct OutletKeys {
    let scratch: UnsafeMutableBufferPointer<UInt8>
    /// The scratch bytes written so far.
    var used = 0

    /// The longest of ``Ingestor/agencies`` in bytes: a longer key is none of them.
    static let longestAgency = Ingestor.agencies.map(\.utf8.count).max() ?? 0
    /// Top-level labels that come before a country's ("bbc.co.uk").
    static let secondLevel: [StaticString] = ["co", "com", "org", "net", "gov", "ac"]

    /// Calls `body` with the range of each word of `b`, without a leading "the".
    static func words(_ b: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
      var i = 0
      var first = true
      while i < b.count {
        guard MarkupCleaner.isAlnum(b[i]) else {
          i += 1
          continue
        }
        var j = i + 1
        while j < b.count, MarkupCleaner.isAlnum(b[j]) { j += 1 }
        if !(first && same(b, i..<j, "the")) { body(i..<j) }
        first = false
        i = j
      }
    }

    /// Whether `b[range]` lowercased is `word` (lowercase ASCII).
    static func same(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
      UTF8Bytes.equalsLowercase(b[range], word)
    }

    /// The bytes of `range` in the scratch buffer.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(rebasing: UnsafeBufferPointer(scratch)[range])
    }

    /// Writes the key of `b`; returns its range in the scratch buffer.
    mutating func key(_ b: UnsafeBufferPointer<UInt8>) -> Range<Int> {
      let start = used
      Self.words(b) { w in
        for k in w {
          scratch[used] = UTF8Bytes.asciiLower(b[k])
          used += 1
        }
      }
      return start..<used
    }

    /// ``Ingestor/asciiSameOutlet(given:text:)`` of the ASCII bytes `g` and `t`.
    mutating func same(given g: UnsafeBufferPointer<UInt8>, text t: UnsafeBufferPointer<UInt8>) -> Bool {
      let agency = key(t)
      // A key of at most 15 bytes is a small string: no allocation.
      if agency.count <= Self.longestAgency, Ingestor.agencies.contains(String(decoding: bytes(agency), as: UTF8.self)) {
        return true
      }
      // A host name: compare its labels without "www" and the top-level domain.
      guard t.contains(0x2E), !t.contains(0x20) else { return false }  // "." and no " "
      /// Calls `body` with each label other than "www", in order.
      func labels(_ body: (Range<Int>) -> Void) {
        var i = 0
        while i < t.count {
          var j = i
          while j < t.count, t[j] != 0x2E { j += 1 }
          if j > i, !Self.same(t, i..<j, "www") { body(i..<j) }
          i = j + 1
        }
      }
      var count = 0
      var previous = 0..<0
      var last = 0..<0
      labels { l in
        count += 1
        previous = last
        last = l
      }
      // Without the top-level label, and without a second-level one before a country's.
      var kept = count - 1
      if kept > 1, Self.secondLevel.contains(where: { Self.same(t, previous, $0) }) { kept -= 1 }
      // The kept labels joined by spaces (a word ends with its label).
      let joinedStart = used
      var n = 0
      labels { l in
        guard n < kept else { return }
        if n > 0 {
          scratch[used] = 0x20
          used += 1
        }
        for k in l {
          scratch[used] = t[k]
          used += 1
        }
        n += 1
      }
      let site = key(bytes(joinedStart..<used))
      let name = key(g)
      guard !site.isEmpty, !name.isEmpty else { return false }
      if ByteSearch.find(bytes(name), bytes(site)) != nil || ByteSearch.find(bytes(site), bytes(name)) != nil {
        return true
      }
      // Initials for the first words: "Asia Pacific Monitor" → apmonitor, "British
      // Broadcasting Corporation" → bbc.
      var words = 0
      Self.words(g) { _ in words += 1 }
      let candidateStart = used
      for k in 1..<(words + 1) {
        used = candidateStart
        var w = 0
        Self.words(g) { r in
          if w < k {
            scratch[used] = UTF8Bytes.asciiLower(g[r.lowerBound])
            used += 1
          } else {
            for p in r {
              scratch[used] = UTF8Bytes.asciiLower(g[p])
              used += 1
            }
          }
          w += 1
        }
        if used - candidateStart == site.count, bytes(candidateStart..<used).elementsEqual(bytes(site)) { return true }
      }
      return false
    }
  }

  /// Sorts by id; a repeated id gets `~2`, `~3`… and a diagnostic, so no document is lost.
  static func uniqueSorted(_ docs: [Document], diagnostics: inout [Diagnostic]) -> [Document] {
    guard let order = sortedPositions(docs, key: \.id, tie: \.path) else { return docs }  // sorted, unique
    var seen: [String: Int] = [:]
    var out: [Document] = []
    out.reserveCapacity(docs.count)
    var renamed = false
    for var d in order.lazy.map({ docs[$0] }) {
      if let n = seen[d.id] {
        renamed = true
        seen[d.id] = n + 1
        let newID = "\(d.id)~\(n + 1)"
        diagnostics.append(
          Diagnostic(
            .warning, code: "ingest.duplicate-id", path: d.path,
            message: "\(d.path): document id \"\(d.id)\" is already used; renamed to \"\(newID)\""))
        d.id = newID
      } else {
        seen[d.id] = 1
      }
      out.append(d)
    }
    return renamed ? out.sorted { $0.id < $1.id } : out  // unique ids in (id, path) order: sorted
  }
}
