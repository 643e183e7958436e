import Foundation
import Testing

@testable import Timeline

/// The checks the foundation issue lists for the seed corpus.
@Suite struct SeedIngestTests {
  let corpus: Corpus

  init() throws {
    corpus = try readSegmented([seedsPath])
  }

  func doc(_ prefix: String) throws -> Document {
    try #require(corpus.documents.first { $0.id.hasPrefix(prefix) })
  }

  func blocks(_ d: Document, _ role: TextRole) -> [String] {
    d.blocks.filter { $0.role == role }.map(\.text)
  }

  @Test func readsAllFiveSortedById() {
    #expect(corpus.documents.count == 5)
    #expect(corpus.documents.map(\.id) == corpus.documents.map(\.id).sorted())
    #expect(corpus.documents.first?.id == "000_355d6758f456d035")
    #expect(corpus.documents.first?.path == "000_355d6758f456d035.txt")
  }

  @Test func bylineGivesAuthorAndDate() throws {
    let d = try doc("000")
    #expect(d.author == "Luis Miguel")
    #expect(d.published?.value == "2023-09-29")
    #expect(d.published?.source == .text)
    let evidence = try #require(d.published?.evidence.first?.citation)
    #expect(evidence.text == "Written by Luis Miguel on September 29, 2023")
    #expect(d.title == "Russia Hosts Taliban at \"Regional Threat\" Talks and Affirms Support for Kabul")
  }

  @Test func subscriptionBlockAndImageCreditAreBoilerplate() throws {
    let d = try doc("000")
    let boiler = blocks(d, .boilerplate)
    #expect(boiler.contains("Subscribe to the New American"))
    #expect(boiler.contains("Cancel anytime."))
    #expect(boiler.contains("60-Day money back guarantee!"))
    #expect(boiler.contains("Oleksii Liskonih/iStock/Getty Images Plus"))
    let credit = try #require(d.blocks.first { $0.text.hasPrefix("Oleksii") })
    #expect(credit.reason == "image credit")
    // The article's last paragraph stays body.
    #expect(d.blocks.contains { $0.role == .body && $0.text.hasPrefix("It appears the Russo-Chinese") })
  }

  @Test func agencyDateLineURLAndCaption() throws {
    let d = try doc("001")
    #expect(d.published?.value == "2023-09-29")
    #expect(d.url?.hasPrefix("https://www.themoscowtimes.com/2023/09/29/") == true)
    #expect(d.outlet == "AFP")
    let captions = blocks(d, .caption)
    #expect(captions.count == 1)
    #expect(captions.first?.hasPrefix("Amir Khan Muttaki, right,") == true)
    #expect(d.blocks.contains { $0.role == .metadata && $0.text == "By AFP" })
  }

  @Test func photoCaptionAboutAnotherYear() throws {
    let d = try doc("003")
    let first = try #require(d.blocks.first { $0.role != .headline })
    #expect(first.role == .caption)
    #expect(first.text.contains("in Moscow in 2019"))
    #expect(d.sentences.contains { $0.role == .caption && $0.text.contains("2019") })
  }

  @Test(arguments: ["002", "003", "004"])
  func commentFormIsBoilerplateAndNoDateIsInvented(_ prefix: String) throws {
    let d = try doc(prefix)
    #expect(d.published == nil)
    let boiler = blocks(d, .boilerplate).map { $0.lowercased() }
    #expect(boiler.contains("leave a reply"))
    if prefix != "002" {
      #expect(boiler.contains { $0.hasPrefix("your email address will not be published") })
    }
    #expect(d.blocks.contains { $0.role == .body })
  }

  @Test func everySentenceSliceEqualsItsText() {
    for d in corpus.documents {
      #expect(!d.sentences.isEmpty)
      expectExactOffsets(d)
    }
  }

  @Test func markupIsRemovedForAnalysis() throws {
    let d = try doc("000")
    let s = try #require(d.sentences.first { $0.text.contains("\\$6.5 billion") })
    #expect(s.clean.contains("$6.5 billion"))
    #expect(!s.clean.contains("<u>"))
    #expect(s.text.contains("<u>The New American</u>"))
    let c = try #require(try doc("001").sentences.first { $0.text.contains("TASS") && $0.role == .caption })
    #expect(!c.clean.contains("**"))
  }
}
