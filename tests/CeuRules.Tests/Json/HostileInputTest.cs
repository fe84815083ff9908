using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Evaluation;
using CeuRules.Json;
using Xunit;

namespace CeuRules.Tests.Json;

/// <summary>
/// Classes of hostile input found by an adversarial check, each through every reader where it fits:
/// escapes that are half a character, numbers a decimal holds only rounded, errors in the fields that
/// decide the answer, blank ids, oversized lists and streams, and dates that contradict each other.
/// </summary>
public sealed class HostileInputTest
{
    private static string Document(string activity = """{ "id": "a", "kind": "course", "completedOn": "2022-03-01", "credits": [ { "amount": 2, "unit": "aama-point" } ] }""",
        string root = "\"asOf\": \"2025-11-23\"") =>
        $$"""{ {{root}}, "certifications": [ { "credential": "aama-cma", "certifiedOn": "2021-02-10" } ], "activities": [ {{activity}} ] }""";

    private const string Policy = """
        { "credential": { "id": "x-cred", "acronym": "XC", "name": "X credential", "body": { "id": "x", "acronym": "X", "name": "X body" } },
          "source": "Handbook",
          "versions": [ { "id": "x-cred/2020", "effective": "2020-01-01", "cycle": { "months": 24 }, "unit": "clock-hour",
            "requirements": [ { "type": "total", "minimum": MIN } ] } ] }
        """;

    private const string Catalog = """{ "vendor": "V", "courses": [ { "id": "c1", "title": "T", "kind": "course", "durationMinutes": 60, "contentAreas": [ { "category": "clinical", "minutes": 60 } ], "offers": [ { "credential": "aama-cma", "credits": [ { "amount": AMOUNT, "unit": "aama-point" } ] } ] } ] }""";

    [Theory]
    [InlineData("\"title\": \"x\\ud800y\"", "activities[0].title")]
    [InlineData("\"title\": \"\\udfff\"", "activities[0].title")]
    [InlineData("\"provider\": \"ok\\ud83d\"", "activities[0].provider")]
    [InlineData("\"id\": \"\\ud800\"", "activities[0].id")]
    [InlineData("\"\\ud800\": 1", "activities[0]")]
    public void A_lone_surrogate_escape_anywhere_in_a_transcript_is_a_finding_at_its_path(string field, string path)
    {
        string id = field.StartsWith("\"id\"", StringComparison.Ordinal) ? string.Empty : "\"id\": \"a\", ";
        var json = Document($$"""{ {{id}}{{field}}, "kind": "course", "completedOn": "2022-03-01" }""");
        var result = TranscriptJsonReader.Read(json);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("invalid-escape", path, FindingSeverity.Error), (finding.Code, finding.Path, finding.Severity));
        Assert.False(result.IsValid);
        Assert.Null(result.Document);
    }

    [Fact]
    public void A_lone_surrogate_in_a_person_id_catalog_or_policy_is_a_finding_not_an_exception()
    {
        Assert.Equal("personId", Assert.Single(TranscriptJsonReader.Read(Document(root: "\"personId\": \"\\ud800\"")).Findings).Path);
        var catalog = CatalogJsonReader.Read(Catalog.Replace("\"T\"", "\"T\\udc00\"", StringComparison.Ordinal).Replace("AMOUNT", "1", StringComparison.Ordinal));
        Assert.Equal(("invalid-escape", "courses[0].title"), (Assert.Single(catalog.Findings).Code, catalog.Findings[0].Path));
        var policy = PolicyJsonReader.Read(Policy.Replace("Handbook", "Hand\\ud800book", StringComparison.Ordinal).Replace("MIN", "12", StringComparison.Ordinal));
        Assert.Equal(("invalid-escape", "source"), (Assert.Single(policy.Findings).Code, policy.Findings[0].Path));
        // A valid pair of escapes is text.
        Assert.True(TranscriptJsonReader.Read(Document(root: "\"personId\": \"\\ud83d\\ude00\"")).IsValid);
    }

    [Theory]
    [InlineData("0.0099999999999999999999999999999")]
    [InlineData("1e-400")]
    [InlineData("1.0000000000000000000000000000001")]
    [InlineData("2.00000000000000000000000000000000001")]
    [InlineData("0.1e-28")]
    public void A_number_a_decimal_holds_only_rounded_is_over_precise_in_every_reader(string amount)
    {
        var transcript = TranscriptJsonReader.Read(Document($$"""{ "id": "a", "kind": "course", "completedOn": "2022-03-01", "credits": [ { "amount": {{amount}}, "unit": "aama-point" } ] }"""));
        Assert.Contains(transcript.Findings, f => f.Code == "over-precise-amount" && f.Path == "activities[0].credits[0].amount");
        Assert.Empty(transcript.Document!.Transcript.Activities);
        var catalog = CatalogJsonReader.Read(Catalog.Replace("AMOUNT", amount, StringComparison.Ordinal));
        Assert.Contains(catalog.Findings, f => f.Code == "over-precise-amount" && f.Path == "courses[0].offers[0].credits[0].amount");
        var policy = PolicyJsonReader.Read(Policy.Replace("MIN", amount, StringComparison.Ordinal));
        Assert.Contains(policy.Findings, f => f.Code == "over-precise-amount" && f.Path == "versions[0].requirements[0].minimum");
    }

    [Theory]
    [InlineData("2")]
    [InlineData("2.50")]
    [InlineData("25e-1")]
    [InlineData("0.25E1")]
    [InlineData("0e-400")]
    [InlineData("200e-2")]
    public void A_number_held_exactly_is_read_whatever_its_spelling(string amount)
    {
        var transcript = TranscriptJsonReader.Read(Document($$"""{ "id": "a", "kind": "course", "completedOn": "2022-03-01", "credits": [ { "amount": {{amount}}, "unit": "aama-point" } ] }"""));
        Assert.True(transcript.IsValid, string.Join("; ", transcript.Findings));
    }

    [Theory]
    [InlineData("1.00000000000000000000000000000001")]
    [InlineData("120.000000000000000000000000000001")]
    [InlineData("1e-400")]
    public void A_whole_number_field_refuses_a_value_held_only_rounded(string minutes)
    {
        var result = TranscriptJsonReader.Read(Document($$"""{ "id": "a", "kind": "course", "completedOn": "2022-03-01", "durationMinutes": {{minutes}} }"""));
        Assert.Contains(result.Findings, f => f.Code == "invalid-number" && f.Path == "activities[0].durationMinutes");
    }

    [Theory]
    [InlineData("\"asOf\": \"2025-11-23\", \"asOf\": \"2024-01-01\"", "asOf", "duplicate-field")]
    [InlineData("\"asOf\": \"2025-02-30\"", "asOf", "not-a-date")]
    [InlineData("\"asOf\": \"2025-11-23\", \"personId\": \"p\", \"personId\": \"q\"", "personId", "duplicate-field")]
    [InlineData("\"asOf\": \"2025-11-23\", \"personId\": \"   \"", "personId", "missing-field")]
    [InlineData("\"asOf\": \"2025-11-23\", \"personId\": \"\"", "personId", "missing-field")]
    [InlineData("\"asOf\": \"2025-11-23\", \"personId\": 7", "personId", "wrong-type")]
    [InlineData("\"asOf\": \"2025-11-23\", \"activities\": []", "activities", "duplicate-field")]
    public void An_error_in_a_field_that_decides_the_answer_refuses_the_document(string root, string path, string code)
    {
        var result = TranscriptJsonReader.Read(Document(root: root));
        Assert.Contains(result.Findings, f => f.Code == code && f.Path == path && f.Severity == FindingSeverity.Error);
        Assert.Null(result.Document);
    }

    [Fact]
    public void Too_many_certifications_or_exam_attempts_are_refused_with_their_limit()
    {
        var many = string.Join(", ", Enumerable.Repeat("""{ "credential": "aama-cma", "certifiedOn": "2021-02-10" }""", TranscriptJsonReader.MaxCertifications + 1));
        var result = TranscriptJsonReader.Read($$"""{ "certifications": [ {{many}} ], "activities": [] }""");
        Assert.Equal(("too-many-certifications", "certifications"), (result.Findings[0].Code, result.Findings[0].Path));
        Assert.Null(result.Document);
        var atLimit = string.Join(", ", Enumerable.Repeat("""{ "credential": "aama-cma", "certifiedOn": "2021-02-10" }""", TranscriptJsonReader.MaxCertifications));
        Assert.True(TranscriptJsonReader.Read($$"""{ "certifications": [ {{atLimit}} ], "activities": [] }""").IsValid);
        var attempts = string.Join(", ", Enumerable.Repeat("""{ "on": "2020-01-01", "passed": false }""", TranscriptJsonReader.MaxExamAttempts + 1));
        var read = TranscriptJsonReader.Read($$"""{ "certifications": [ { "credential": "aama-cma", "certifiedOn": "2021-02-10", "examAttempts": [ {{attempts}} ] } ], "activities": [] }""");
        Assert.Contains(read.Findings, f => f.Code == "too-many-items" && f.Path == "certifications[0].examAttempts");
    }

    [Theory]
    [InlineData(20, 10_001)]
    [InlineData(4, 50_001)]
    [InlineData(3, 66_667)]
    public void More_certification_activity_pairs_than_the_limit_refuse_the_document(int certifications, int activities)
    {
        var certs = string.Join(",", Enumerable.Repeat("""{"credential":"aama-cma","certifiedOn":"2021-02-10"}""", certifications));
        var acts = string.Join(",", Enumerable.Range(0, activities).Select(i => $$"""{"id":"a{{i}}","kind":"course","completedOn":"2022-03-01"}"""));
        var result = TranscriptJsonReader.Read($$"""{"certifications":[{{certs}}],"activities":[{{acts}}]}""");
        Assert.Equal(("too-large-to-evaluate", "$"), (Assert.Single(result.Findings).Code, result.Findings[0].Path));
        Assert.Null(result.Document);
        var atLimit = string.Join(",", Enumerable.Range(0, TranscriptJsonReader.MaxEvaluatedPairs / certifications).Select(i => $$"""{"id":"a{{i}}","kind":"course","completedOn":"2022-03-01"}"""));
        Assert.True(TranscriptJsonReader.Read($$"""{"certifications":[{{certs}}],"activities":[{{atLimit}}]}""").IsValid);
    }

    [Theory]
    [InlineData("2022-03-01", "2022-03-02")]
    [InlineData("2022-01-01", "2023-01-01")]
    public void A_self_study_completed_before_its_purchase_is_left_out_with_a_finding(string completed, string purchased)
    {
        var result = TranscriptJsonReader.Read(Document($$"""{ "id": "s", "kind": "self-study", "completedOn": "{{completed}}", "purchasedOn": "{{purchased}}", "credits": [ { "amount": 2, "unit": "aama-point" } ] }"""));
        Assert.Contains(result.Findings, f => f.Code == "completed-before-purchase" && f.Path == "activities[0].completedOn");
        Assert.Contains(result.Findings, f => f.Code == "activity-left-out" && f.Path == "activities[0]");
        Assert.Empty(result.Document!.Transcript.Activities);
        Assert.True(TranscriptJsonReader.Read(Document($$"""{ "id": "s", "kind": "self-study", "completedOn": "{{purchased}}", "purchasedOn": "{{purchased}}" }""")).IsValid);
    }

    [Fact]
    public void A_path_is_read_as_a_file_and_a_missing_file_is_a_finding()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ceurules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Document());
        try
        {
            Assert.True(TranscriptJsonReader.ReadFile(path).IsValid);
            Assert.Equal("cannot-read", Assert.Single(CatalogJsonReader.ReadFile(path + ".missing").Findings).Code);
            Assert.Equal("cannot-read", Assert.Single(PolicyJsonReader.ReadFile(path + ".missing").Findings).Code);
            Assert.Equal("cannot-read", Assert.Single(TranscriptJsonReader.ReadFile(path + ".missing").Findings).Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task An_endless_stream_is_read_only_just_past_the_limit_by_every_reader()
    {
        using var endless = new Endless();
        Assert.Equal("document-too-large", Assert.Single((await TranscriptJsonReader.ReadAsync(endless)).Findings).Code);
        Assert.InRange(endless.Served, TranscriptJsonReader.MaxDocumentBytes, TranscriptJsonReader.MaxDocumentBytes + (1L << 17));
        using var second = new Endless();
        Assert.Equal("document-too-large", Assert.Single((await CatalogJsonReader.ReadAsync(second)).Findings).Code);
        using var third = new Endless();
        Assert.Equal("document-too-large", Assert.Single(PolicyJsonReader.Read(third).Findings).Code);
        Assert.InRange(third.Served, PolicyJsonReader.MaxDocumentBytes, PolicyJsonReader.MaxDocumentBytes + (1L << 17));
        using var cancelled = new Endless();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PolicyJsonReader.ReadAsync(cancelled, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_reads_like_a_file()
    {
        using var pipe = new NonSeekable(Encoding.UTF8.GetBytes(Document()));
        Assert.True((await TranscriptJsonReader.ReadAsync(pipe)).IsValid);
    }

    [Fact]
    public void Completeness_qualifies_only_statuses_a_left_out_activity_could_change()
    {
        var result = TranscriptJsonReader.Read(Document("""{ "id": "a", "kind": "course", "completedOn": "2022-02-30" }"""));
        var leftOut = Completeness.LeftOut(result.Findings);
        Assert.Equal("activities[0]", Assert.Single(leftOut).Path);
        Assert.False(Completeness.CouldChange(CertificationStatus.RequirementsMet, leftOut));
        foreach (var status in new[] { CertificationStatus.InProgress, CertificationStatus.WithinCeTimeLimit, CertificationStatus.LapsedExamRequired, CertificationStatus.Ineligible })
        {
            Assert.True(Completeness.CouldChange(status, leftOut));
        }
        Assert.False(Completeness.CouldChange(CertificationStatus.InProgress, []));
        var json = EvaluationJsonWriter.Write(result.Document!.AsOf!.Value,
            result.Document.Certifications.Select(c => new CertificationEvaluator().Evaluate(c, result.Document.Transcript, result.Document.AsOf!.Value)), result.Findings);
        Assert.Contains("\"complete\": false", json, StringComparison.Ordinal);
        Assert.Contains("\"statusQualified\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"activities[0]\"", json, StringComparison.Ordinal);
    }

    /// <summary>Spaces without end (no line end either), counting what was served.</summary>
    internal sealed class Endless : Stream
    {
        internal long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            Served += count;
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
