using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Nodes;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;

namespace CeuRules.Tests;

/// <summary>
/// A custom policy that names everything a reader sees in English and Spanish: its body in a sentence, its
/// unit (a feminine noun in Spanish), its categories and its kinds of activity, those its rules name and one
/// only a transcript states.
/// </summary>
public static class SpanishNamedPolicy
{
    /// <summary>The policy file.</summary>
    public const string Json = """
        { "credential": { "id": "example-safety", "acronym": "Safety CE", "name": "Example Clinic annual safety CE",
            "body": { "id": "example-clinic", "acronym": "EXC", "name": "Example Clinic",
                      "inSentence": { "en": "Example Clinic", "es": "la clínica Example" } } },
          "source": "Example Clinic, HR policy 14: annual safety education (2024)",
          "versions": [ {
            "version": "2024", "effectiveFrom": "2024-01-01",
            "expiration": { "cycle": "P1Y", "convention": "day-before-anniversary" },
            "units": { "unit": "safety-hour", "singular": "safety hour", "plural": "safety hours",
                       "singularTranslations": { "es": "hora de seguridad" }, "pluralTranslations": { "es": "horas de seguridad" },
                       "genders": { "es": "feminine" },
                       "fromDuration": { "minutesPerUnit": 60 } },
            "categories": { "ids": ["fire", "infection"],
                            "names": { "fire": { "en": "fire safety", "es": "prevención de incendios" },
                                       "infection": { "en": "infection control", "es": "control de infecciones" } } },
            "kinds": {
              "in-service": { "en": { "one": "in-service training", "other": "in-service trainings" },
                              "es": { "one": "capacitación interna", "other": "las capacitaciones internas" } },
              "drill": { "en": { "one": "safety drill", "other": "safety drills" },
                         "es": { "one": "simulacro", "other": "los simulacros" } },
              "webinar": { "en": { "one": "webinar", "other": "webinars" },
                           "es": { "one": "seminario web", "other": "los seminarios web" } },
              "employment": { "en": { "one": "work experience", "other": "work experience" },
                              "es": { "one": "experiencia laboral", "other": "la experiencia laboral" } } },
            "requirements": [ { "type": "total", "minimum": 10 }, { "type": "approved", "minimum": 6 },
                              { "type": "category", "category": "fire", "minimum": 2 } ],
            "notAcceptedKinds": { "kinds": ["employment"] },
            "cutoffs": [ { "kind": "webinar", "lastDay": "2024-12-31" } ],
            "recurringTraining": { "kind": "in-service", "countsOncePer": "P1Y" },
            "ceTimeLimit": { "length": "P30D" } } ] }
        """;

    /// <summary>The English words of the policy's names, none of which a Spanish reader may see.</summary>
    public static readonly ImmutableArray<string> EnglishNames =
    [
        "safety hour", "safety hours", "fire safety", "infection control", "in-service training", "in-service trainings",
        "safety drill", "safety drills", "webinar", "webinars", "work experience", "Example Clinic", "in-service", "drill",
    ];

    /// <summary>The kinds of activity a transcript for the policy states.</summary>
    public static readonly ImmutableArray<LearningActivityKind> Kinds =
        [new("in-service"), new("drill"), new("webinar"), LearningActivityKind.Employment];

    /// <summary>The policy read from <see cref="Json"/>.</summary>
    public static CredentialPolicy Policy { get; } = Read(null).Policies.Single();

    /// <summary>Reads the policy file after <paramref name="change"/> changes its first version.</summary>
    /// <param name="change">The change, or null for the file as it is.</param>
    /// <returns>What the reader read.</returns>
    public static PolicyReadResult Read(System.Action<JsonObject>? change)
    {
        var root = JsonNode.Parse(Json)!.AsObject();
        change?.Invoke(root["versions"]![0]!.AsObject());
        return PolicyJsonReader.Read(root.ToJsonString());
    }

    /// <summary>Reads the policy file after <paramref name="change"/> changes the whole file.</summary>
    /// <param name="change">The change.</param>
    /// <returns>What the reader read.</returns>
    public static PolicyReadResult ReadFile(System.Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Json)!.AsObject();
        change(root);
        return PolicyJsonReader.Read(root.ToJsonString());
    }
}
