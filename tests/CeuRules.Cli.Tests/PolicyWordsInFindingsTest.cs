using System;
using System.IO;
using NodaTime;
using Xunit;

namespace CeuRules.Cli.Tests;

/// <summary><c>ceurules validate-catalog --policy FILE</c> words its findings with the policy file's own names of kinds, in the reader's language.</summary>
public sealed class PolicyWordsInFindingsTest : IDisposable
{
    private const string Policy = """
        { "credential": { "id": "example-safety", "acronym": "Safety CE", "name": "Example Clinic annual safety CE",
            "body": { "id": "example-clinic", "acronym": "EXC", "name": "Example Clinic", "inSentence": { "es": "la clínica Example" } } },
          "source": "Example Clinic, HR policy 14 (2024)",
          "versions": [ { "version": "2024", "effectiveFrom": "2024-01-01",
            "expiration": { "cycle": "P1Y", "convention": "day-before-anniversary" },
            "units": { "unit": "safety-hour", "fromDuration": { "minutesPerUnit": 60 } },
            "kinds": { "employer-training": { "en": { "one": "in-service training", "other": "in-service trainings" },
                                              "es": { "one": "capacitación interna", "other": "las capacitaciones internas" } } },
            "notAcceptedKinds": { "kinds": ["employer-training"] } } ] }
        """;

    private const string Catalog = """
        { "vendor": "Example Academy",
          "courses": [ { "id": "EA-IS", "title": "Fire drill", "kind": "employer-training", "durationMinutes": 60,
            "offers": [ { "credential": "example-safety", "credits": [ { "amount": 1, "unit": "safety-hour" } ] } ] } ] }
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("ceurules-policy-words-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_finding_names_the_kind_as_the_policy_file_does_in_the_culture_asked_for()
    {
        string policy = Path.Combine(folder, "safety.json");
        string catalog = Path.Combine(folder, "catalog.json");
        File.WriteAllText(policy, Policy);
        File.WriteAllText(catalog, Catalog);

        var (exit, spanish, error) = CliTestPaths.Run(new LocalDate(2024, 11, 23), "validate-catalog", catalog, "--policy", policy, "--culture", "es-US");
        Assert.Equal((1, string.Empty), (exit, error));
        string words = string.Join(' ', spanish.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("capacitación interna", words, StringComparison.Ordinal);
        Assert.DoesNotContain("capacitación del empleador", words, StringComparison.Ordinal);

        var (_, english, _) = CliTestPaths.Run(new LocalDate(2024, 11, 23), "validate-catalog", catalog, "--policy", policy);
        Assert.Contains("in-service training", string.Join(' ', english.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }
}
