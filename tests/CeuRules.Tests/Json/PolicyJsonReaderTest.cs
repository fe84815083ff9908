using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using CeuRules.Explanations;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Tests.PublicApi;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Json;

public sealed class PolicyJsonReaderTest
{
    /// <summary>The shortest useful policy file: every default applies.</summary>
    internal const string Minimal = """
        { "credential": { "id": "acme-rn", "acronym": "RN", "name": "Acme registered nurse CE",
                          "body": { "id": "acme", "acronym": "ACME", "name": "Acme Health" } },
          "source": "Acme Health HR policy 12, 2024",
          "versions": [ { "version": "2024", "effectiveFrom": "2024-01-01",
              "expiration": { "cycle": "P1Y", "convention": "day-before-anniversary" },
              "units": { "unit": "contact-hour" },
              "categories": { "ids": ["clinical"] },
              "requirements": [ { "type": "total", "minimum": 12 } ] } ] }
        """;

    private static PolicyReadResult Mutated(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Minimal)!.AsObject();
        change(root);
        return PolicyJsonReader.Read(root.ToJsonString());
    }

    private static JsonObject Version(JsonObject root, int index = 0) => root["versions"]![index]!.AsObject();

    /// <summary>The single finding with <paramref name="code"/>, checked for its path and that its message names <paramref name="value"/> (quotes aside).</summary>
    private static Finding Single(PolicyReadResult result, string code, string path, string? value = null)
    {
        var finding = Assert.Single(result.Findings, f => f.Code == code);
        Assert.Equal(path, finding.Path);
        if (value is not null)
        {
            // The value is named by the finding's words, which quote it as the reader's language does.
            Assert.Contains(value.Trim('\''), finding.Message, StringComparison.Ordinal);
        }
        if (finding.Severity == FindingSeverity.Error)
        {
            Assert.False(result.IsValid);
            Assert.Empty(result.Policies);
        }
        return finding;
    }

    [Fact]
    public void A_minimal_file_reads_with_every_default()
    {
        var result = PolicyJsonReader.Read(Minimal);
        Assert.Empty(result.Findings);
        Assert.True(result.IsValid);
        var policy = Assert.Single(result.Policies);
        Assert.Equal("acme-rn@2024", policy.PolicyId);
        Assert.Equal(new LocalDate(2024, 1, 1), policy.EffectiveFrom);
        Assert.Equal("acme-rn/expiration", policy.Expiration.RuleId);
        Assert.Equal(Period.FromYears(1), policy.Expiration.CycleLength);
        Assert.Equal(ExpirationConvention.DayBeforeAnniversary, policy.Expiration.Convention);
        Assert.Equal(WindowStart.CertificationDate, policy.Window.Start);
        Assert.Equal("acme-rn/window", policy.Window.RuleId);
        Assert.Null(policy.CeTimeLimit.Length);
        Assert.Equal("acme-rn/ce-time-limit", policy.CeTimeLimit.RuleId);
        Assert.Equal("contact-hour", policy.Units.PluralName);
        Assert.False(policy.Categories!.Required);
        Assert.Equal("acme-rn/total", Assert.Single(policy.Requirements).RuleId);
        Assert.All(policy.Rules(), rule => Assert.Equal(new RuleSource("Acme Health HR policy 12, 2024"), rule.Source));
        Assert.Empty(policy.Fees);
        Assert.Null(policy.ExamRoute);
    }

    [Fact]
    public void Rule_ids_and_sources_can_be_given_per_part_and_per_version()
    {
        var result = Mutated(root =>
        {
            root.Remove("source");
            var version = Version(root);
            version["source"] = new JsonObject { ["citation"] = "Version source", ["confirmed"] = false, ["note"] = "Draft" };
            version["requirements"]![0]!["ruleId"] = "annual-total";
            version["requirements"]![0]!["source"] = "Part source";
            version["expiration"]!["ruleId"] = "other/expiry";
        });
        Assert.Empty(result.Findings);
        var policy = result.Policies[0];
        Assert.Equal("acme-rn/annual-total", policy.Requirements[0].RuleId);
        Assert.Equal(new RuleSource("Part source"), policy.Requirements[0].Source);
        Assert.Equal("other/expiry", policy.Expiration.RuleId);
        Assert.Equal(new RuleSource("Version source", confirmed: false, note: "Draft"), policy.Window.Source);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_in_a_hand_written_file()
    {
        var text = Minimal.Replace("\"versions\": [", "// one version\n \"versions\": [", StringComparison.Ordinal)
            .Replace("\"minimum\": 12 }", "\"minimum\": 12, }", StringComparison.Ordinal);
        Assert.Empty(PolicyJsonReader.Read(text).Findings);
    }

    [Fact]
    public void The_shipped_employer_example_reads_with_no_findings()
    {
        var path = Path.Combine(ApprovedApi.RepositoryRoot(), "docs", "examples", "policies", "employer-annual.json");
        using var stream = File.OpenRead(path);
        var result = PolicyJsonReader.Read(stream);
        Assert.Empty(result.Findings);
        var policy = Assert.Single(result.Policies);
        Assert.Equal("example-clinic-ce", policy.Credential.Id);
        Assert.Equal(Period.FromDays(30), policy.CeTimeLimit.Length);
        Assert.Equal(60, policy.Units.FromDuration!.MinutesPerUnit);
        Assert.Equal(10m, policy.Units.ConversionFrom(CreditUnit.IacetCeu)!.Factor);
        Assert.Contains(policy.Requirements, r => r.RequirementId == "category:safety" && r.Minimum == CreditAmount.FromUnits(2));
        Assert.Empty(policy.Fees);
        _ = PolicyCatalog.BuiltIn.With(result.Policies);
    }

    [Fact]
    public void The_shipped_employer_example_evaluates_a_transcript()
    {
        var path = Path.Combine(ApprovedApi.RepositoryRoot(), "docs", "examples", "policies", "employer-annual.json");
        var catalog = PolicyCatalog.BuiltIn.With(PolicyJsonReader.Read(File.ReadAllText(path)).Policies);
        Assert.True(catalog.TryGetCredential("example-clinic-ce", out var credential));
        var certified = new LocalDate(2024, 3, 1);
        var transcript = new Transcript(
        [
            new LearningActivity("sepsis", LearningActivityKind.Course, new LocalDate(2024, 5, 1)) { DurationMinutes = 600 },
            new LearningActivity("falls", LearningActivityKind.Course, new LocalDate(2024, 6, 1))
            {
                Credits = [new CreditLine(CreditAmount.FromDecimal(0.2m), CreditUnit.IacetCeu, new Category("safety"))],
            },
        ]);
        var result = new CeuRules.Evaluation.CertificationEvaluator(catalog).Evaluate(new Certification(credential, certified), transcript, new LocalDate(2025, 2, 1));
        Assert.Equal(new LocalDate(2025, 2, 28), result.ExpiresOn);
        Assert.True(result.RequirementsMet);
    }

    [Fact]
    public void Warnings_alone_keep_the_policies()
    {
        var result = Mutated(root => Version(root)["colour"] = "blue");
        var finding = Single(result, "unknown-field", "versions[0].colour", "colour");
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.True(result.IsValid);
        Assert.Single(result.Policies);
    }

    [Fact]
    public void Null_arguments_throw_and_nothing_else_does()
    {
        Assert.Throws<ArgumentNullException>(() => PolicyJsonReader.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => PolicyJsonReader.Read((Stream)null!));
        Assert.False(PolicyJsonReader.Read(ReadOnlyMemory<byte>.Empty).IsValid);
    }

    // One test per finding code: the code, the path and the value named in the message.

    [Theory]
    [InlineData("")]
    [InlineData("{ \"credential\": ")]
    [InlineData("not json")]
    public void Invalid_json(string text) => Single(PolicyJsonReader.Read(text), "invalid-json", "$");

    [Fact]
    public void Document_too_large()
    {
        var big = Minimal.Replace("\"2024\",", "\"2024\", \"summary\": \"" + new string('x', PolicyJsonReader.MaxDocumentBytes) + "\",", StringComparison.Ordinal);
        Single(PolicyJsonReader.Read(big), "document-too-large", "$", PolicyJsonReader.MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Single(PolicyJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(big))), "document-too-large", "$");
    }

    [Fact]
    public void Too_deep() =>
        Single(PolicyJsonReader.Read(new string('[', 40) + new string(']', 40)), "too-deep", "$", "32");

    [Fact]
    public void Wrong_type()
    {
        Single(PolicyJsonReader.Read("[1]"), "wrong-type", "$", "array");
        Single(Mutated(root => Version(root)["requirements"]![0]!["minimum"] = "twelve"), "wrong-type", "versions[0].requirements[0].minimum", "\"twelve\"");
    }

    [Fact]
    public void Missing_field()
    {
        Single(Mutated(root => Version(root).Remove("expiration")), "missing-field", "versions[0].expiration", "expiration");
        Single(Mutated(root => root["credential"]!["body"]!.AsObject().Remove("name")), "missing-field", "credential.body.name", "name");
        Single(Mutated(root => root["versions"] = new JsonArray()), "missing-field", "versions", "empty");
    }

    [Fact]
    public void Duplicate_field()
    {
        var text = Minimal.Replace("\"cycle\": \"P1Y\",", "\"cycle\": \"P1Y\", \"cycle\": \"P2Y\",", StringComparison.Ordinal);
        Single(PolicyJsonReader.Read(text), "duplicate-field", "versions[0].expiration.cycle", "cycle");
    }

    [Fact]
    public void Unknown_field() =>
        Single(Mutated(root => Version(root)["expiration"]!["cycel"] = "P1Y"), "unknown-field", "versions[0].expiration.cycel", "cycel");

    [Fact]
    public void Invalid_id() =>
        Single(Mutated(root => Version(root)["categories"]!["ids"]![0] = "Patient Safety"), "invalid-id", "versions[0].categories.ids[0]", "'Patient Safety'");

    [Theory]
    [InlineData("expiration", "convention", "end-of-year")]
    [InlineData("window", "start", "hire-date")]
    public void Unknown_value(string part, string field, string value)
    {
        var result = Mutated(root => Version(root)[part] = part == "window" ? new JsonObject { [field] = value } : new JsonObject { ["cycle"] = "P1Y", [field] = value });
        Single(result, "unknown-value", $"versions[0].{part}.{field}", $"'{value}'");
    }

    [Fact]
    public void Unknown_requirement_type_and_fee_kind()
    {
        Single(Mutated(root => Version(root)["requirements"]![0]!["type"] = "average"), "unknown-value", "versions[0].requirements[0].type", "'average'");
        Single(Mutated(root => Version(root)["fees"] = new JsonArray(new JsonObject { ["kind"] = "parking", ["member"] = 5 })),
            "unknown-value", "versions[0].fees[0].kind", "'parking'");
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-1-1")]
    [InlineData("0000-01-01")]
    public void Not_a_date(string date) =>
        Single(Mutated(root => Version(root)["effectiveFrom"] = date), "not-a-date", "versions[0].effectiveFrom", $"'{date}'");

    [Theory]
    [InlineData("P3H")]
    [InlineData("PT3H")]
    [InlineData("3 years")]
    [InlineData("P0D")]
    [InlineData("P-1Y")]
    public void Not_a_period(string period)
    {
        var finding = Single(Mutated(root => Version(root)["expiration"]!["cycle"] = period), "not-a-period", "versions[0].expiration.cycle", $"'{period}'");
        if (period == "P3H")
        {
            Assert.Equal("versions[0].expiration.cycle: The field \"cycle\" of the field \"expiration\" of version 1 is “P3H”, which is not a positive length of time written as ISO 8601 (such as P3Y, P60M or P90D). [not-a-period]", finding.ToString());
            Assert.Equal("P3H", finding.Arguments["value"]);
        }
    }

    [Fact]
    public void The_exam_routes_way_back_may_be_written_in_other_languages()
    {
        var result = Mutated(root => Version(root)["examRoute"] = new JsonObject
        {
            ["maxAttempts"] = 3,
            ["whenExhausted"] = "retrain",
            ["whenExhaustedTranslations"] = new JsonObject { ["es"] = "vuelva a formarse" },
        });
        Assert.Empty(result.Findings);
        var exam = result.Policies[0].ExamRoute!;
        Assert.Equal("vuelva a formarse", Assert.Single(exam.WhenExhaustedTranslations, t => t.Key == "es").Value);
        string written = PolicyJsonWriter.Write(result.Policies);
        Assert.Contains("\"whenExhaustedTranslations\"", written, StringComparison.Ordinal);
        Assert.Equal(exam.WhenExhaustedTranslations, PolicyJsonReader.Read(written).Policies[0].ExamRoute!.WhenExhaustedTranslations);

        var wrong = Mutated(root => Version(root)["examRoute"] = new JsonObject
        {
            ["maxAttempts"] = 3,
            ["whenExhausted"] = "retrain",
            ["whenExhaustedTranslations"] = new JsonObject { ["spa"] = "vuelva a formarse", ["es"] = " " },
        });
        Single(wrong, "invalid-id", "versions[0].examRoute.whenExhaustedTranslations.spa", "spa");
        Single(wrong, "missing-field", "versions[0].examRoute.whenExhaustedTranslations.es");
    }

    [Fact]
    public void A_versions_summary_may_be_written_in_other_languages_and_is_read_in_the_readers()
    {
        var result = Mutated(root =>
        {
            Version(root)["summary"] = "12 contact hours a year.";
            Version(root)["summaryTranslations"] = new JsonObject { ["es"] = "12 horas de contacto al año." };
        });
        Assert.Empty(result.Findings);
        var policy = result.Policies[0];
        Assert.Equal("12 horas de contacto al año.", Explainer.Spanish.PolicySummary(policy));
        Assert.Equal("12 contact hours a year.", Explainer.English.PolicySummary(policy));
        string written = PolicyJsonWriter.Write(result.Policies);
        Assert.Contains("\"summaryTranslations\"", written, StringComparison.Ordinal);
        Assert.Equal(policy.SummaryTranslations, PolicyJsonReader.Read(written).Policies[0].SummaryTranslations);

        var wrong = Mutated(root =>
        {
            Version(root)["summary"] = "12 contact hours a year.";
            Version(root)["summaryTranslations"] = new JsonObject { ["spa"] = "12 horas", ["es"] = " " };
        });
        Single(wrong, "invalid-id", "versions[0].summaryTranslations.spa", "spa");
        Single(wrong, "missing-field", "versions[0].summaryTranslations.es");

        var alone = Mutated(root =>
        {
            Version(root).Remove("summary");
            Version(root)["summaryTranslations"] = new JsonObject { ["es"] = "12 horas de contacto al año." };
        });
        var finding = Single(alone, "inconsistent-parts", "versions[0].summaryTranslations");
        Assert.Equal("translations-without-summary", finding.Arguments["reason"]);
    }

    [Fact]
    public void Every_built_in_versions_summary_is_in_spanish_too()
    {
        Assert.All(PolicyCatalog.BuiltIn.Policies.Where(p => p.Summary is not null), policy =>
        {
            Assert.True(policy.SummaryTranslations.ContainsKey("es"), policy.PolicyId);
            Assert.NotEqual(policy.Summary, Explainer.Spanish.PolicySummary(policy));
        });
    }

    [Fact]
    public void A_reader_whose_attempts_are_used_up_reads_the_way_back_in_their_language_when_the_policy_gives_it()
    {
        var policies = Mutated(root => Version(root)["examRoute"] = new JsonObject
        {
            ["maxAttempts"] = 1,
            ["whenExhausted"] = "complete the Acme nursing refresher, then ask HR",
            ["whenExhaustedTranslations"] = new JsonObject { ["es"] = "complete el curso de actualización de Acme y luego consulte a RR. HH." },
        }).Policies;
        var policy = Assert.Single(policies);
        var certification = new CeuRules.Model.Certification(policy.Credential, new LocalDate(2024, 3, 1))
        {
            ExamAttempts = [new CeuRules.Model.ExamAttempt(new LocalDate(2024, 6, 1), passed: false)],
        };
        var result = new CeuRules.Evaluation.CertificationEvaluator(new CeuRules.Policies.PolicyCatalog(policies))
            .Evaluate(certification, CeuRules.Model.Transcript.Empty, new LocalDate(2024, 7, 1));
        Assert.Equal(CeuRules.Evaluation.CertificationStatus.Ineligible, result.Status);
        string spanish = CeuRules.Explanations.Explainer.Spanish.StatusExplanation(result);
        Assert.Contains("complete el curso de actualización de Acme", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("nursing refresher", spanish, StringComparison.Ordinal);
        Assert.Contains("complete the Acme nursing refresher", CeuRules.Explanations.Explainer.English.StatusExplanation(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range()
    {
        Single(Mutated(root => Version(root)["expiration"]!["cycle"] = "P1000Y"), "out-of-range", "versions[0].expiration.cycle", "'P1000Y'");
        Single(Mutated(root => Version(root)["requirements"]![0]!["minimum"] = 0), "out-of-range", "versions[0].requirements[0].minimum", "0");
        Single(Mutated(root => Version(root)["examRoute"] = new JsonObject { ["maxAttempts"] = 0, ["whenExhausted"] = "retrain" }),
            "out-of-range", "versions[0].examRoute.maxAttempts", "0");
    }

    [Fact]
    public void Invalid_number() =>
        Single(Mutated(root => Version(root)["units"]!["fromDuration"] = new JsonObject { ["minutesPerUnit"] = 59.5 }),
            "invalid-number", "versions[0].units.fromDuration.minutesPerUnit", "59.5");

    [Fact]
    public void Negative_amount() =>
        Single(Mutated(root => Version(root)["requirements"]![0]!["minimum"] = -12), "negative-amount", "versions[0].requirements[0].minimum", "-12");

    [Fact]
    public void Over_precise_amount() =>
        Single(Mutated(root => Version(root)["fees"] = new JsonArray(new JsonObject { ["kind"] = "exam", ["member"] = 12.345 })),
            "over-precise-amount", "versions[0].fees[0].member", "12.345");

    [Fact]
    public void Invalid_amount()
    {
        Single(Mutated(root => Version(root)["requirements"]![0]!["minimum"] = 2_000_000), "invalid-amount", "versions[0].requirements[0].minimum", "2000000");
        var huge = Minimal.Replace("\"minimum\": 12", "\"minimum\": 1e400", StringComparison.Ordinal);
        Single(PolicyJsonReader.Read(huge), "invalid-amount", "versions[0].requirements[0].minimum", "1e400");
        var largestDecimal = Minimal.Replace("\"minimum\": 12", "\"minimum\": 79228162514264337593543950335", StringComparison.Ordinal);
        Single(PolicyJsonReader.Read(largestDecimal), "invalid-amount", "versions[0].requirements[0].minimum", "79228162514264337593543950335");
    }

    [Fact]
    public void Text_too_long() =>
        Single(Mutated(root => Version(root)["summary"] = new string('x', PolicyJsonReader.MaxTextLength + 1)), "text-too-long", "versions[0].summary",
            (PolicyJsonReader.MaxTextLength + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Too_many_versions()
    {
        var result = Mutated(root =>
        {
            var versions = new JsonArray();
            for (int i = 0; i <= PolicyJsonReader.MaxVersions; i++)
            {
                var version = Version(root).DeepClone().AsObject();
                version["version"] = "v" + i;
                version["effectiveFrom"] = new LocalDate(2000 + i, 1, 1).ToString("uuuu-MM-dd", null);
                versions.Add(version);
            }
            root["versions"] = versions;
        });
        Single(result, "too-many-versions", "versions", "101");
    }

    [Fact]
    public void Too_many_items()
    {
        var ids = new JsonArray(Enumerable.Range(0, PolicyJsonReader.MaxArrayItems + 1).Select(i => (JsonNode)("c" + i)).ToArray());
        Single(Mutated(root => Version(root)["categories"]!["ids"] = ids), "too-many-items", "versions[0].categories.ids", "1001");
    }

    [Fact]
    public void Invalid_rule_id() =>
        Single(Mutated(root => Version(root)["expiration"]!["ruleId"] = "acme-rn/Expiry Rule"), "invalid-rule-id", "versions[0].expiration.ruleId", "'acme-rn/Expiry Rule'");

    [Fact]
    public void Duplicate_rule_id() =>
        Single(Mutated(root => Version(root)["units"]!["ruleId"] = "expiration"), "duplicate-rule-id", "versions[0].units.ruleId", "the field \"expiration\" of version 1");

    [Fact]
    public void Missing_source()
    {
        var finding = Single(Mutated(root => root.Remove("source")), "missing-source", "versions[0]", "versions[0].expiration");
        Assert.Contains("versions[0].requirements[0]", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_category()
    {
        var finding = Single(
            Mutated(root => Version(root)["requirements"]!.AsArray().Add(new JsonObject { ["type"] = "category", ["category"] = "safety", ["minimum"] = 2 })),
            "unknown-category", "versions[0].requirements[1].category", "'safety'");
        Assert.Equal("The category of requirement 2 of version 1 is “safety”, which is not one of the policy's categories: clinical.", finding.Message);
        Single(Mutated(root => Version(root)["cprCards"] = new JsonObject { ["creditPerCard"] = 4, ["category"] = "bls", ["validMonths"] = 24, ["maxCards"] = 3 }),
            "unknown-category", "versions[0].cprCards.category", "'bls'");
    }

    [Fact]
    public void Duplicate_entry()
    {
        Single(Mutated(root => Version(root)["requirements"]!.AsArray().Add(new JsonObject { ["type"] = "total", ["minimum"] = 10 })),
            "duplicate-entry", "versions[0].requirements[1]", "'total'");
        Single(Mutated(root => Version(root)["categories"]!["ids"]!.AsArray().Add("clinical")), "duplicate-entry", "versions[0].categories.ids[1]", "'clinical'");
        Single(Mutated(root => Version(root)["fees"] = new JsonArray(new JsonObject { ["kind"] = "exam", ["member"] = 5 }, new JsonObject { ["kind"] = "exam", ["member"] = 6 })),
            "duplicate-entry", "versions[0].fees[1].kind", "'exam'");
    }

    [Fact]
    public void Duplicate_version_and_effective_date()
    {
        var result = Mutated(root => root["versions"]!.AsArray().Add(Version(root).DeepClone()));
        Single(result, "duplicate-version", "versions[1].version", "'2024'");
        Single(result, "duplicate-effective-date", "versions[1].effectiveFrom", "version 1");
    }

    [Fact]
    public void Two_versions_without_an_effective_date_are_a_duplicate_effective_date()
    {
        var result = Mutated(root =>
        {
            Version(root).Remove("effectiveFrom");
            var second = Version(root).DeepClone().AsObject();
            second["version"] = "2025";
            root["versions"]!.AsArray().Add(second);
        });
        Single(result, "duplicate-effective-date", "versions[1]", "version 1");
    }

    [Fact]
    public void Inconsistent_parts()
    {
        Single(Mutated(root => Version(root)["reactivationWindow"] = new JsonObject { ["start"] = "lookback-from-end", ["lookback"] = "P3Y" }),
            "inconsistent-parts", "versions[0].reactivationWindow", "ceTimeLimit");
        Single(Mutated(root => Version(root)["window"] = new JsonObject { ["start"] = "certification-date", ["lookback"] = "P3Y" }),
            "inconsistent-parts", "versions[0].window.lookback", "lookback-from-end");
        Single(Mutated(root =>
            {
                Version(root)["categories"]!["required"] = true;
                Version(root)["units"]!["fromDuration"] = new JsonObject { ["minutesPerUnit"] = 60 };
            }),
            "inconsistent-parts", "versions[0].units.fromDuration");
        Single(Mutated(root => Version(root)["examRoute"] = new JsonObject { ["maxAttempts"] = 3, ["passBeforeExpiration"] = "P2M", ["whenExhausted"] = "retrain" }),
            "inconsistent-parts", "versions[0].examRoute.applyBeforeExpiration");
        Single(Mutated(root =>
            {
                Version(root)["cprCards"] = new JsonObject { ["creditPerCard"] = 4, ["category"] = "clinical", ["validMonths"] = 24, ["maxCards"] = 3 };
                Version(root)["notAcceptedKinds"] = new JsonObject { ["kinds"] = new JsonArray("cpr-card") };
            }),
            "inconsistent-parts", "versions[0].cprCards", "CPR card");
        Single(Mutated(root => Version(root)["units"]!["conversions"] = new JsonArray(new JsonObject { ["from"] = "contact-hour", ["factor"] = 1 })),
            "inconsistent-parts", "versions[0].units.conversions[0].from", "own unit");
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var result = Mutated(root =>
        {
            Version(root)["expiration"]!["cycle"] = "P3H";
            Version(root)["requirements"]![0]!["minimum"] = -1;
            Version(root)["units"]!["unit"] = "Contact Hour";
        });
        Assert.Equal(["invalid-id", "negative-amount", "not-a-period"], result.Findings.Select(f => f.Code).Order(StringComparer.Ordinal));
        Assert.Empty(result.Policies);
    }

    [Fact]
    public void Every_optional_part_reads()
    {
        var result = Mutated(root =>
        {
            var version = Version(root);
            version["reactivationWindow"] = new JsonObject { ["start"] = "lookback-from-end", ["lookback"] = "P3Y" };
            version["ceTimeLimit"] = new JsonObject { ["length"] = "P90D", ["transition"] = new JsonObject { ["deemedExpiration"] = "2019-12-31" } };
            version["nonApprovedCap"] = new JsonObject { ["limit"] = 30 };
            version["cprCards"] = new JsonObject { ["creditPerCard"] = 4, ["category"] = "clinical", ["validMonths"] = 24, ["maxCards"] = 3, ["countsAsApproved"] = true };
            version["nonApprovedDuration"] = new JsonObject { ["minimumMinutes"] = 50, ["minutesPerUnit"] = 50 };
            version["selfStudy"] = new JsonObject { ["completeWithin"] = "P6M" };
            version["notAcceptedKinds"] = new JsonObject { ["kinds"] = new JsonArray("bls-card") };
            version["cutoffs"] = new JsonArray(new JsonObject { ["kind"] = "employment", ["lastDay"] = "2020-12-31" });
            version["recurringTraining"] = new JsonObject { ["kind"] = "employer-training", ["countsOncePer"] = "P5Y" };
            version["examRoute"] = new JsonObject { ["maxAttempts"] = 3, ["passBeforeExpiration"] = "P2M", ["applyBeforeExpiration"] = "P30D", ["whenExhausted"] = "retrain" };
            version["fees"] = new JsonArray(new JsonObject { ["kind"] = "annual", ["member"] = 75.5 });
        });
        Assert.Empty(result.Findings);
        var policy = result.Policies[0];
        Assert.Equal(Period.FromYears(3), policy.ReactivationWindow!.Lookback);
        Assert.Equal(new LocalDate(2019, 12, 31), policy.CeTimeLimit.Transition!.DeemedExpiration);
        Assert.Equal("acme-rn/ce-time-limit-transition", policy.CeTimeLimit.Transition.RuleId);
        Assert.Equal("acme-rn/employment-cutoff", policy.Cutoffs[0].RuleId);
        Assert.Equal(LearningActivityKind.SelfStudy, policy.SelfStudy!.Kind);
        Assert.Equal(LearningActivityKind.CprCard, policy.CprCards!.Kind);
        Assert.Equal(Money.FromCents(7550), policy.FeeOf(FeeKind.Annual)!.NonMember);
        Assert.Equal("acme-rn/fee-annual", policy.Fees[0].RuleId);
        Assert.Equal(Period.FromDays(30), policy.ExamRoute!.ApplyBeforeExpiration);
        Assert.Equal(PolicyJsonWriter.Write(result.Policies), PolicyJsonWriter.Write(PolicyJsonReader.Read(PolicyJsonWriter.Write(result.Policies)).Policies));
    }
}
