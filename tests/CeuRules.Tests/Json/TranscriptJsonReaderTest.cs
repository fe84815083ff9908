using System;
using System.Linq;
using CeuRules.Json;
using CeuRules.Model;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Json;

public sealed class TranscriptJsonReaderTest
{
    private const string Certification = """{ "credential": "aama-cma", "certifiedOn": "2021-02-10", "member": true }""";

    private static TranscriptReadResult Read(string activities, string certifications = "[" + Certification + "]") =>
        TranscriptJsonReader.Read($$"""{ "asOf": "2025-11-23", "certifications": {{certifications}}, "activities": [ {{activities}} ] }""");

    private static Finding Single(TranscriptReadResult result, string code) => Assert.Single(result.Findings, f => f.Code == code);

    [Fact]
    public void A_good_document_reads_into_the_model()
    {
        var result = Read("""
            { "id": "a1", "title": "Phlebotomy update", "provider": "AAMA e-Learning Center", "kind": "course", "completedOn": "2022-03-01",
              "durationMinutes": 120, "credits": [ { "amount": 2.5, "unit": "aama-point", "category": "clinical", "approvedBy": ["aama"], "approvalReference": "R1" } ] },
            { "id": "cpr-1", "kind": "cpr-card", "completedOn": "2022-05-01", "validMonths": 24 }
            """);
        Assert.Empty(result.Findings);
        var document = result.Document!;
        Assert.Equal(D(2025, 11, 23), document.AsOf);
        Assert.Equal(Cma(D(2021, 2, 10)), Assert.Single(document.Certifications));
        var a1 = document.Transcript.Activities[0];
        Assert.Equal(120, a1.DurationMinutes);
        Assert.Equal(CreditAmount.FromDecimal(2.5m), a1.Credits[0].Amount);
        Assert.True(a1.Credits[0].IsApprovedBy("aama"));
        Assert.Equal(24, document.Transcript.Activities[1].ValidMonths);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{ \"certifications\": [ ")]
    [InlineData("\u0001\u0002\u00ff")]
    public void Text_that_is_not_json_is_one_invalid_json_finding(string text)
    {
        var result = TranscriptJsonReader.Read(text);
        Assert.Null(result.Document);
        Assert.Equal("invalid-json", Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void A_document_that_is_not_an_object_or_has_no_certification_cannot_be_evaluated()
    {
        Assert.Equal("wrong-type", Assert.Single(TranscriptJsonReader.Read("[1,2]").Findings).Code);
        var noCertifications = TranscriptJsonReader.Read("""{ "activities": [] }""");
        Assert.False(noCertifications.IsReadable);
        Assert.Equal("certifications", Single(noCertifications, "missing-field").Path);
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("0000-01-01")]
    [InlineData("10000-01-01")]
    [InlineData("2023-2-3")]
    [InlineData("yesterday")]
    public void An_impossible_date_names_the_path_and_the_value_and_leaves_the_activity_out(string date)
    {
        var result = Read($$"""{ "id": "good", "kind": "course", "completedOn": "2022-01-01" }, { "id": "bad", "kind": "course", "completedOn": "{{date}}" }""");
        var finding = Single(result, "not-a-date");
        Assert.Equal("activities[1].completedOn", finding.Path);
        Assert.Contains($"'{date}'", finding.Message, StringComparison.Ordinal);
        Assert.Equal("activities[1]", Single(result, "activity-left-out").Path);
        Assert.Equal("good", Assert.Single(result.Document!.Transcript.Activities).Id);
        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("-1", "negative-amount")]
    [InlineData("1.005", "over-precise-amount")]
    [InlineData("2000000", "invalid-amount")]
    [InlineData("1e400", "invalid-amount")]
    [InlineData("79228162514264337593543950335", "invalid-amount")] // the largest decimal: no overflow
    [InlineData("\"2\"", "wrong-type")]
    public void Bad_amounts_are_findings(string amount, string code)
    {
        var result = Read($$"""{ "id": "a", "kind": "course", "completedOn": "2022-01-01", "credits": [ { "amount": {{amount}}, "unit": "aama-point" } ] }""");
        Assert.Equal("activities[0].credits[0].amount", Single(result, code).Path);
        Assert.Empty(result.Document!.Transcript.Activities);
    }

    [Fact]
    public void Unknown_credentials_are_reported_and_left_out()
    {
        var result = Read("", """[ { "credential": "cma", "certifiedOn": "2021-02-10" }, """ + Certification + "]");
        var finding = Single(result, "unknown-credential");
        Assert.Equal("certifications[0].credential", finding.Path);
        Assert.Contains("aama-cma", finding.Message, StringComparison.Ordinal);
        Assert.Single(result.Document!.Certifications);
    }

    [Fact]
    public void Well_formed_unknown_units_and_categories_pass_to_the_evaluator_and_known_ids_in_the_wrong_case_are_read_with_a_warning()
    {
        var result = Read("""{ "id": "a", "kind": "Course", "completedOn": "2022-01-01", "credits": [ { "amount": 1, "unit": "widget", "category": "ethics" }, { "amount": 1, "unit": "AAMA-Point", "category": "Clinical" } ] }""");
        var lines = result.Document!.Transcript.Activities[0].Credits;
        Assert.Equal(new CreditUnit("widget"), lines[0].Unit);
        Assert.Equal(new Category("ethics"), lines[0].Category);
        Assert.Equal(CreditUnit.AamaPoint, lines[1].Unit);
        Assert.Equal(Category.Clinical, lines[1].Category);
        Assert.Equal(3, result.Findings.Count(f => f.Code == "id-case" && f.Severity == FindingSeverity.Warning));
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Missing_fields_wrong_types_unknown_fields_and_duplicate_ids_are_each_reported()
    {
        var result = Read("""
            { "kind": "course", "completedOn": "2022-01-01" },
            { "id": "a", "kind": "course", "completedOn": "2022-01-01", "durationMinutes": "long", "colour": "red" },
            { "id": "b", "kind": "course", "completedOn": "2022-01-01", "durationMinutes": 999999999 },
            { "id": "c", "kind": "webinar", "completedOn": "2022-01-01" },
            { "id": "c", "kind": "course", "completedOn": "2022-01-02" },
            42
            """);
        Assert.Equal("activities[0].id", Single(result, "missing-field").Path);
        Assert.Contains(result.Findings, f => f.Code == "wrong-type" && f.Path == "activities[1].durationMinutes" && f.Message.Contains("\"long\"", StringComparison.Ordinal));
        Assert.Equal("activities[1].colour", Single(result, "unknown-field").Path);
        Assert.Equal("activities[2].durationMinutes", Single(result, "out-of-range").Path);
        Assert.Equal(FindingSeverity.Warning, Single(result, "unknown-kind").Severity);
        Assert.Equal("activities[4].id", Single(result, "duplicate-activity-id").Path);
        Assert.Contains(result.Findings, f => f.Code == "wrong-type" && f.Path == "activities[5]");
        Assert.Equal(new[] { "c", "c" }, result.Document!.Transcript.Activities.Select(a => a.Id));
        Assert.Equal(new[] { "activities[0]", "activities[1]", "activities[2]" }, result.Findings.Where(f => f.Code == "activity-left-out").Select(f => f.Path));
    }

    [Fact]
    public void A_deeply_nested_document_is_too_deep_not_a_crash()
    {
        var deep = new string('[', 200) + new string(']', 200);
        Assert.Equal("too-deep", Assert.Single(TranscriptJsonReader.Read(deep).Findings).Code);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_read_past_and_other_encodings_are_named()
    {
        var json = System.Text.Encoding.UTF8.GetBytes("{\"certifications\": [ { \"credential\": \"aama-cma\", \"certifiedOn\": \"2021-02-10\" } ]}");
        Assert.Empty(TranscriptJsonReader.Read((byte[])[0xEF, 0xBB, 0xBF, .. json]).Findings);
        var utf16 = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("{}")).ToArray();
        Assert.Equal("wrong-encoding", Assert.Single(TranscriptJsonReader.Read(utf16).Findings).Code);
        var latin1 = Assert.Single(TranscriptJsonReader.Read((byte[])[(byte)'{', (byte)'"', 0xE9, (byte)'"', (byte)':', (byte)'1', (byte)'}']).Findings);
        Assert.Equal("wrong-encoding", latin1.Code);
        Assert.Contains("byte 3 is 0xE9", latin1.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_stream_gives_the_same_result()
    {
        var json = TranscriptJsonWriter.Write(Document());
        using var stream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal(Document(), TranscriptJsonReader.Read(stream).Document);
        Assert.Throws<ArgumentNullException>(() => TranscriptJsonReader.Read((string)null!));
    }

    internal static TranscriptDocument Document() => new(
        D(2025, 11, 23),
        [Cma(D(2021, 2, 10), true, new ExamAttempt(D(2020, 6, 1), false))],
        T(Approved("a1", D(2022, 3, 1), 2.25m, "clinical"),
          NonApproved("n1", D(2022, 4, 1), 3, "general", 180),
          Cpr("c1", D(2022, 5, 1)),
          new LearningActivity("s1", LearningActivityKind.SelfStudy, D(2022, 6, 1)) { Provider = "P", PurchasedOn = D(2022, 1, 1), Credits = [Line(1, null!, approved: true)] }));
}
