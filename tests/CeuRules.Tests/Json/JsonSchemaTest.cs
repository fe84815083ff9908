using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Tests.PublicApi;
using FsCheck.Xunit;
using Json.Schema;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Json;

/// <summary>
/// The published JSON Schemas (docs/schemas, embedded in CeuRules.Json) against what CeuRules really
/// reads and writes: every shipped example, every document the writers produce (the results of every
/// example and of generated scenarios, every built-in and custom policy, generated transcripts), the
/// batch lines the reader accepts or refuses, and wrong documents the schemas must refuse.
/// </summary>
[Properties(Arbitrary = new[] { typeof(AnyPolicyGenerators), typeof(Generators) }, MaxTest = 100)]
public sealed class JsonSchemaTest
{
    private static readonly CertificationEvaluator Evaluator = new(AnyPolicyGenerators.Catalog);

    /// <summary>Every schema, built from the embedded text into one registry, so that the batch line finds the transcript by its $id.</summary>
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(() =>
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var name in JsonSchemas.Names)
        {
            schemas[name] = JsonSchema.FromText(JsonSchemas.Get(name), options);
        }
        return schemas;
    });

    private static string Examples => Path.Combine(ApprovedApi.RepositoryRoot(), "docs", "examples");

    public static TheoryData<string> TranscriptExamples() =>
        new(Directory.GetFiles(Examples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    public static TheoryData<string> CatalogExamples() =>
        new(Directory.GetFiles(Path.Combine(Examples, "catalogs"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    public static TheoryData<string> PolicyExamples() =>
        new(Directory.GetFiles(Path.Combine(Examples, "policies"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    public static TheoryData<string> ConformanceCases() =>
        new(Directory.GetFiles(Path.Combine(ApprovedApi.RepositoryRoot(), "conformance"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    public static TheoryData<string> BuiltInCredentials() => PolicyJsonRoundTripTest.BuiltInCredentials();

    /// <summary>Fails with every error the schema reports, at its place in the document.</summary>
    private static void AssertValid(string schema, string json, string what)
    {
        var errors = Errors(schema, json);
        Assert.True(errors.Count == 0, $"{what} does not match {schema}.schema.json:\n{string.Join("\n", errors)}");
    }

    private static void AssertInvalid(string schema, string json, string expectedLocation)
    {
        var errors = Errors(schema, json);
        Assert.True(errors.Count > 0, $"{schema}.schema.json accepts a wrong document:\n{json}");
        Assert.Contains(errors, e => e.StartsWith(expectedLocation, StringComparison.Ordinal));
    }

    private static List<string> Errors(string schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schemas.Value[schema].Evaluate(
            document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid)
        {
            return [];
        }
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value} ({d.EvaluationPath})"))
            .ToList();
        return errors.Count > 0 ? errors : ["(no detail): invalid"];
    }

    [Fact]
    public void The_embedded_schemas_are_the_published_files_and_there_is_one_per_name()
    {
        var folder = Path.Combine(ApprovedApi.RepositoryRoot(), "docs", "schemas");
        var files = Directory.GetFiles(folder, "*.schema.json").Select(f => Path.GetFileName(f)[..^".schema.json".Length]).Order(StringComparer.Ordinal);
        Assert.Equal(files, JsonSchemas.Names.Order(StringComparer.Ordinal));
        foreach (var name in JsonSchemas.Names)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(folder, name + ".schema.json")), JsonSchemas.Get(name));
            using var schema = JsonDocument.Parse(JsonSchemas.Get(name));
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
            Assert.Equal("urn:ceurules:schema:" + name, schema.RootElement.GetProperty("$id").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(ConformanceCases))]
    public void Each_conformance_case_matches_its_schema_and_is_named_by_its_id(string file)
    {
        var json = File.ReadAllText(Path.Combine(ApprovedApi.RepositoryRoot(), "conformance", file));
        AssertValid(JsonSchemas.ConformanceCase, json, file);
        Assert.Equal(Path.GetFileNameWithoutExtension(file), ConformanceCase.Parse(json).Id);
    }

    [Fact]
    public void The_conformance_case_schema_refuses_a_case_without_a_source_address_or_with_a_wrong_document()
    {
        const string Case = """
            { "id": "x", "description": "d", "rule": "aama-cma/total", "source": SOURCE, "origin": "f.cs, T",
              "document": DOCUMENT, "expected": { "results": [ { "status": "in-progress" } ] } }
            """;
        const string Document = """{ "asOf": "2025-01-01", "certifications": [ { "credential": "aama-cma", "certifiedOn": "2021-02-10" } ] }""";
        AssertValid(JsonSchemas.ConformanceCase, Case.Replace("SOURCE", """{ "citation": "c", "url": "https://example.org/" }""").Replace("DOCUMENT", Document), "a whole case");
        AssertInvalid(JsonSchemas.ConformanceCase, Case.Replace("SOURCE", """{ "citation": "c" }""").Replace("DOCUMENT", Document), "/source");
        AssertInvalid(JsonSchemas.ConformanceCase,
            Case.Replace("SOURCE", """{ "citation": "c", "document": "RULES.md" }""").Replace("DOCUMENT", """{ "asOf": "2025-01-01", "certifications": [ { "credential": "aama-cma" } ] }"""),
            "/document");
    }

    [Fact]
    public void An_unknown_schema_name_is_refused_naming_the_known_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => JsonSchemas.Get("transcripts"));
        Assert.Equal("name", e.ParamName);
        Assert.Contains("transcript, evaluation-result", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => JsonSchemas.Get(null!));
    }

    [Theory]
    [MemberData(nameof(TranscriptExamples))]
    public void Each_example_transcript_its_rewritten_form_and_its_result_match_their_schemas(string file)
    {
        var json = File.ReadAllText(Path.Combine(Examples, file));
        AssertValid(JsonSchemas.Transcript, json, file);

        var read = TranscriptJsonReader.Read(json);
        var document = Assert.IsType<TranscriptDocument>(read.Document);
        AssertValid(JsonSchemas.Transcript, TranscriptJsonWriter.Write(document), $"{file} written by TranscriptJsonWriter");

        var asOf = document.AsOf ?? new LocalDate(2025, 11, 23);
        var results = document.Certifications.Select(c => Evaluator.Evaluate(c, document.Transcript, asOf)).ToList();
        AssertValid(JsonSchemas.EvaluationResult, EvaluationJsonWriter.Write(asOf, results, read.Findings), $"the result of {file}");
    }

    [Fact]
    public void A_result_writes_a_null_effective_date_for_a_version_in_force_from_the_beginning()
    {
        var read = TranscriptJsonReader.Read(File.ReadAllText(Path.Combine(Examples, "ncma-met.json")));
        var document = read.Document!;
        var result = Evaluator.Evaluate(document.Certifications[0], document.Transcript, document.AsOf!.Value);
        Assert.Equal(LocalDate.MinIsoValue, result.Policy.EffectiveFrom);
        using var json = JsonDocument.Parse(EvaluationJsonWriter.Write(document.AsOf.Value, [result], []));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("results")[0].GetProperty("policy").GetProperty("effectiveFrom").ValueKind);
    }

    [Theory]
    [MemberData(nameof(CatalogExamples))]
    public void Each_example_catalog_matches_the_catalog_schema(string file) =>
        AssertValid(JsonSchemas.CourseCatalog, File.ReadAllText(Path.Combine(Examples, "catalogs", file)), file);

    [Theory]
    [MemberData(nameof(PolicyExamples))]
    public void Each_example_policy_and_its_rewritten_form_match_the_policy_schema(string file)
    {
        var json = File.ReadAllText(Path.Combine(Examples, "policies", file));
        AssertValid(JsonSchemas.Policy, json, file);
        AssertValid(JsonSchemas.Policy, PolicyJsonWriter.Write(PolicyJsonReader.Read(json).Policies), $"{file} written by PolicyJsonWriter");
    }

    [Theory]
    [MemberData(nameof(BuiltInCredentials))]
    public void Each_built_in_policy_written_matches_the_policy_schema(string credentialId) =>
        AssertValid(JsonSchemas.Policy, PolicyJsonWriter.Write(PolicyJsonRoundTripTest.BuiltIn(credentialId)), $"the {credentialId} policy file");

    [Fact]
    public void A_policy_naming_its_categories_and_unit_per_language_matches_the_policy_schema_and_a_wrong_language_does_not()
    {
        string written = PolicyJsonWriter.Write(PolicyNamesPerLanguageTest.Named().Policies);
        Assert.Contains("\"pluralTranslations\"", written, StringComparison.Ordinal);
        AssertValid(JsonSchemas.Policy, written, "a policy with names per language");
        var root = System.Text.Json.Nodes.JsonNode.Parse(written)!;
        root["versions"]![0]!["categories"]!["names"]!["safety"]!["spa"] = "seguridad";
        AssertInvalid(JsonSchemas.Policy, root.ToJsonString(), "/versions/0/categories/names/safety");
    }

    [Fact]
    public void A_policy_naming_its_kinds_body_and_unit_gender_per_language_matches_the_policy_schema_and_a_wrong_value_does_not()
    {
        string written = PolicyJsonWriter.Write([SpanishNamedPolicy.Policy]);
        AssertValid(JsonSchemas.Policy, written, "a policy with kinds, body words and genders per language");
        AssertValid(JsonSchemas.Policy, SpanishNamedPolicy.Json, "the policy file as written by hand");
        void Refused(Action<System.Text.Json.Nodes.JsonNode> change, string location)
        {
            var root = System.Text.Json.Nodes.JsonNode.Parse(written)!;
            change(root);
            AssertInvalid(JsonSchemas.Policy, root.ToJsonString(), location);
        }
        Refused(r => r["versions"]![0]!["units"]!["genders"]!["es"] = "femenino", "/versions/0/units/genders/es");
        Refused(r => r["versions"]![0]!["kinds"]!["in-service"]!["es"]!.AsObject().Remove("other"), "/versions/0/kinds/in-service/es");
        Refused(r => r["versions"]![0]!["kinds"]!["in-service"]!["ES"] = new System.Text.Json.Nodes.JsonObject { ["one"] = "a", ["other"] = "b" }, "/versions/0/kinds/in-service");
        Refused(r => r["versions"]![0]!["kinds"]!["In Service"] = new System.Text.Json.Nodes.JsonObject(), "/versions/0/kinds");
        Refused(r => r["credential"]!["body"]!["inSentence"]!["es"] = "", "/credential/body/inSentence/es");
    }

    [Fact]
    public void The_custom_test_policy_written_matches_the_policy_schema() =>
        AssertValid(JsonSchemas.Policy, PolicyJsonWriter.Write(TestPolicies.Custom), "the custom test policy file");

    [Property]
    public void Any_generated_transcript_and_its_result_written_match_their_schemas(AnyScenario any)
    {
        var s = any.Scenario;
        var document = new TranscriptDocument(s.AsOf, [s.Certification], s.Transcript);
        AssertValid(JsonSchemas.Transcript, TranscriptJsonWriter.Write(document), "a generated transcript");
        var result = Evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf);
        AssertValid(JsonSchemas.EvaluationResult, EvaluationJsonWriter.Write(s.AsOf, [result], []), "a generated result");
    }

    [Property]
    public void Any_generated_result_as_a_workforce_row_matches_the_batch_report_schema(AnyScenario any)
    {
        var s = any.Scenario;
        var result = Evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf);
        AssertValid(JsonSchemas.BatchReport, BatchReport(s.AsOf, result), "a generated workforce row");
    }

    [Fact]
    public void The_batch_report_schema_refuses_a_row_whose_next_step_is_wrong_or_missing()
    {
        var asOf = new LocalDate(2025, 11, 23);
        var result = Evaluator.Evaluate(new CeuRules.Model.Certification(CeuRules.Model.Credential.AamaCma, new LocalDate(2020, 12, 1)), CeuRules.Model.Transcript.Empty, asOf);
        string written = BatchReport(asOf, result);
        Assert.Contains("\"action\":\"earn-then-apply\"", written, StringComparison.Ordinal);
        AssertValid(JsonSchemas.BatchReport, written, "the row of a CMA due soon");
        AssertInvalid(JsonSchemas.BatchReport, written.Replace("\"action\":\"earn-then-apply\"", "\"action\":\"later\"", StringComparison.Ordinal), "/rows/0/nextStep/action");
        AssertInvalid(JsonSchemas.BatchReport, written.Replace("\"route\":\"ce\"", "\"route\":\"college\"", StringComparison.Ordinal), "/rows/0/nextStep/route");
        AssertInvalid(JsonSchemas.BatchReport, written.Replace("\"code\":\"earn-then-apply-by-expiration\"", "\"code\":\"soon\"", StringComparison.Ordinal), "/rows/0/nextStep/code");
        AssertInvalid(JsonSchemas.BatchReport, written.Replace("\"daysFromAsOf\":38,", string.Empty, StringComparison.Ordinal), "/rows/0/nextStep");
        AssertInvalid(JsonSchemas.BatchReport, written.Replace("\"by\":\"2025-12-31\"", "\"by\":\"31/12/2025\"", StringComparison.Ordinal), "/rows/0/nextStep/by");
        using var document = JsonDocument.Parse(written);
        var row = document.RootElement.GetProperty("rows")[0];
        var without = written.Replace("\"nextStep\":" + row.GetProperty("nextStep").GetRawText() + ",", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(written, without);
        AssertInvalid(JsonSchemas.BatchReport, without, "/rows/0");
    }

    /// <summary>A batch report of one row, written by <see cref="WorkforceJsonWriter"/> as the batch command and the service write it.</summary>
    private static string BatchReport(LocalDate asOf, CertificationEvaluation result)
    {
        var forecast = new CeuRules.Workforce.WorkforceForecastBuilder(asOf, 60).Build();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("asOf", asOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteNumber("withinDays", 60);
            writer.WriteStartArray("rows");
            WorkforceJsonWriter.WriteEvaluated(writer, 1, "P1", result, string.Empty);
            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            WorkforceJsonWriter.WriteSummaryMembers(writer, forecast, 1, 1, 0);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// The example batch file mixes good lines with malformed ones: the batch line schema accepts exactly
    /// the lines the reader reads without an error and with a person id (lines that are not JSON are left
    /// to the JSON parser).
    /// </summary>
    [Fact]
    public void The_batch_line_schema_accepts_exactly_the_lines_the_reader_accepts()
    {
        int accepted = 0, refused = 0, number = 0;
        foreach (var line in File.ReadLines(Path.Combine(Examples, "workforce.jsonl")))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var _ = JsonDocument.Parse(line);
            }
            catch (JsonException)
            {
                continue;
            }
            var read = TranscriptJsonReader.Read(line);
            bool readerAccepts = read.Findings.All(f => f.Severity != FindingSeverity.Error) && read.Document?.PersonId is not null;
            var errors = Errors(JsonSchemas.BatchLine, line);
            Assert.True(readerAccepts == (errors.Count == 0),
                $"Line {number}: the reader {(readerAccepts ? "accepts" : "refuses")} it ({string.Join("; ", read.Findings)}), the schema {(errors.Count == 0 ? "accepts" : "refuses")} it ({string.Join("; ", errors)}).");
            _ = readerAccepts ? accepted++ : refused++;
        }
        Assert.True(accepted >= 3 && refused >= 2, $"The example should mix accepted and refused lines: {accepted} accepted, {refused} refused.");
    }

    [Theory]
    [InlineData("""{ "certifications": [ { "credential": "aama-cma", "certifiedOn": "2021-02-10" } ], "activities": [ { "id": "a1", "kind": "course", "completedon": "2022-03-01" } ] }""", "/activities/0")]
    [InlineData("""{ "certifications": [ { "credential": "aama-cma", "certifiedOn": "2021-02-10" } ], "activities": [ { "id": "a1", "kind": "course", "completedOn": "2022-03-01", "credits": [ { "amount": "2", "unit": "aama-point" } ] } ] }""", "/activities/0/credits/0/amount")]
    [InlineData("""{ "certifications": [ { "credential": "aama-cma", "certifiedOn": "2021-02-10" } ], "activities": [ { "id": "a1", "kind": "course", "completedOn": "2022-03-01", "credits": [ { "amount": 1.125, "unit": "aama-point" } ] } ] }""", "/activities/0/credits/0/amount")]
    [InlineData("""{ "certifications": [ { "credential": "aama-cma", "certifiedOn": "2023-02-30" } ] }""", "/certifications/0/certifiedOn")]
    [InlineData("""{ "certifications": [ { "credential": "AAMA CMA", "certifiedOn": "2021-02-10" } ] }""", "/certifications/0/credential")]
    [InlineData("""{ "certifications": [] }""", "/certifications")]
    public void The_transcript_schema_refuses_wrong_names_types_amounts_dates_and_ids(string json, string location) =>
        AssertInvalid(JsonSchemas.Transcript, json, location);

    [Fact]
    public void The_batch_line_schema_refuses_a_line_without_a_person_id_that_the_transcript_schema_accepts()
    {
        const string line = """{ "certifications": [ { "credential": "aama-cma", "certifiedOn": "2021-02-10" } ] }""";
        AssertValid(JsonSchemas.Transcript, line, "a document without personId");
        AssertInvalid(JsonSchemas.BatchLine, line, "");
    }

    [Fact]
    public void The_result_schema_accepts_added_fields_but_refuses_an_unknown_status_or_reason()
    {
        var document = TranscriptJsonReaderTest.Document();
        var asOf = document.AsOf!.Value;
        var written = EvaluationJsonWriter.Write(asOf, [Evaluator.Evaluate(document.Certifications[0], document.Transcript, asOf)], []);
        Assert.Contains("\"reason\": \"needs-review\"", written, StringComparison.Ordinal);

        AssertValid(JsonSchemas.EvaluationResult, written.Replace("\"status\": \"in-progress\",", "\"status\": \"in-progress\", \"added\": 1,", StringComparison.Ordinal), "a result with an added field");
        AssertInvalid(JsonSchemas.EvaluationResult, written.Replace("\"status\": \"in-progress\"", "\"status\": \"done\"", StringComparison.Ordinal), "/results/0/status");
        AssertInvalid(JsonSchemas.EvaluationResult, written.Replace("\"reason\": \"needs-review\"", "\"reason\": \"because\"", StringComparison.Ordinal), "/results/0/activities/3/notCounted/0/reason");
    }

    [Theory]
    [InlineData("\"convention\": \"day-before-anniversary\"", "\"convention\": \"end-of-year\"", "/versions/0/expiration/convention")]
    [InlineData("\"countsOncePer\": \"P1Y\"", "\"countsOncePer\": \"PT3H\"", "/versions/0/recurringTraining/countsOncePer")]
    [InlineData("\"minimum\": 12", "\"minimum\": 0", "/versions/0/requirements/0/minimum")]
    [InlineData("\"cycle\": \"P1Y\"", "\"cycle\": \"P1Y\", \"cylce\": \"P1Y\"", "/versions/0/expiration")]
    public void The_policy_schema_refuses_unknown_values_periods_amounts_and_fields(string from, string to, string location)
    {
        var json = File.ReadAllText(Path.Combine(Examples, "policies", "employer-annual.json"));
        Assert.Contains(from, json, StringComparison.Ordinal);
        AssertInvalid(JsonSchemas.Policy, json.Replace(from, to, StringComparison.Ordinal), location);
    }

    [Theory]
    [InlineData("""{ "courses": [] }""", "")]
    [InlineData("""{ "vendor": "V", "courses": [ { "id": "c1", "title": "T", "kind": "course", "durationMinutes": 90.5 } ] }""", "/courses/0/durationMinutes")]
    [InlineData("""{ "vendor": "V", "courses": [ { "id": "c1", "title": "T", "kind": "course", "offers": [ { "credential": "aama-cma", "credits": [ { "amount": 1, "unit": "Aama Point" } ] } ] } ] }""", "/courses/0/offers/0/credits/0/unit")]
    public void The_catalog_schema_refuses_a_missing_vendor_a_fractional_duration_and_a_malformed_unit(string json, string location) =>
        AssertInvalid(JsonSchemas.CourseCatalog, json, location);
}
