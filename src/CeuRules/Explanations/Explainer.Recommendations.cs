using System;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Recommendations;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Explanations;

/// <summary>Course recommendations: titles, reasons, objectives and how far the solver got.</summary>
public sealed partial class Explainer
{
    /// <summary>
    /// A recommendation's reason in a sentence, from its code and typed arguments (see <see cref="RecommendationCodes"/>):
    /// why a course was not chosen ("The catalog states no price for it, …") or why a requirement stays uncovered
    /// ("The catalogs offer too little credit in the administrative category: 8 AAMA points would still be missing.").
    /// Amounts still missing are rounded up to the hundredth; no id is named.
    /// </summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public string Reason(RecommendationReason reason) => Reason(reason, null);

    /// <summary>
    /// A recommendation's reason in a sentence (see <see cref="Reason(RecommendationReason)"/>), naming a
    /// category as <paramref name="policy"/> names it: a custom policy's own name in the reader's language
    /// ("Los catálogos ofrecen muy poco crédito en la categoría seguridad laboral: …").
    /// </summary>
    /// <param name="reason">The reason.</param>
    /// <param name="policy">The policy of the credential the reason is about (for example <see cref="CertificationOutlook.EvaluationAfter"/>'s), or null for the built-in names only.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public string Reason(RecommendationReason reason, CredentialPolicy? policy)
    {
        Preconditions.CheckNotNull(reason);
        string key = "Recommendation." + reason.Code;
        if (Find(key) is null)
        {
            return Get("Recommendation.Other");
        }
        string sentence = reason.Code switch
        {
            RecommendationCodes.RefusedByBody => Format(key, BodyOf(reason.Argument("credential")), CredentialName(reason.Argument("credential"))),
            RecommendationCodes.NotApprovedCapReached => Format(key, BodyOf(reason.Argument("credential")), CredentialName(reason.Argument("credential")), CreditWords(reason.Argument("limit"))),
            RecommendationCodes.NotOptimal => Format(key, ObjectiveName(ObjectiveOf(reason.Argument("objective")))),
            RecommendationCodes.Lapsed => Format(key, CredentialName(reason.Argument("credential")), reason.Argument("lastCeDay") is LocalDate day ? Date(day) : string.Empty),
            RecommendationCodes.Ineligible => Format(key, CredentialName(reason.Argument("credential"))),
            RecommendationCodes.OutsideWindow => Format(key, CredentialName(reason.Argument("credential")),
                reason.Argument("start") is LocalDate start ? Date(start) : string.Empty, reason.Argument("end") is LocalDate end ? Date(end) : string.Empty),
            RecommendationCodes.CategoryNotSupplied => Format(Agreeing(key, reason.Argument("shortfall")),
                reason.Argument("category") is Category category ? CategoryPhrase(category, policy) : string.Empty, CreditWords(reason.Argument("shortfall"))),
            RecommendationCodes.ApprovedNotSupplied or RecommendationCodes.TotalNotSupplied => Format(Agreeing(key, reason.Argument("shortfall")), CreditWords(reason.Argument("shortfall"))),
            RecommendationCodes.NonApprovedCapReached => Format(Agreeing(key, reason.Argument("shortfall")), CreditWords(reason.Argument("shortfall")), CreditWords(reason.Argument("limit"))),
            RecommendationCodes.NoPrice when reason.Argument("credential") is not null => Format(key + ".Uncovered", CredentialName(reason.Argument("credential"))),
            RecommendationCodes.DuplicateOfTranscript or RecommendationCodes.DuplicateOfCourse => Format(key, BodyOf(reason.Argument("credential")), CredentialName(reason.Argument("credential"))),
            RecommendationCodes.RecurringCounted => Format(reason.Argument("chosen") is true ? key + ".Chosen" : key, BodyOf(reason.Argument("credential")),
                OncePer(reason.Argument("countsOncePer") as Period ?? NodaTime.Period.Zero), reason.Argument("repeatedOn") is LocalDate on ? Date(on) : string.Empty),
            RecommendationCodes.AlreadyMet or RecommendationCodes.RouteClosed => NextStepReason(key, reason),
            _ => Get(key),
        };
        return Capitalized(sentence);
    }

    /// <summary>A certification's reason read from the engine's next step: the sentence for its action, with its last day when it has one.</summary>
    private string NextStepReason(string key, RecommendationReason reason)
    {
        var by = reason.Argument("by") as LocalDate?;
        string specific = $"{key}.{reason.Argument("action")}{(by is null ? ".NoDate" : string.Empty)}";
        return Format(Find(specific) is null ? key : specific, CredentialName(reason.Argument("credential")), by is { } day ? Date(day) : string.Empty);
    }

    /// <summary>A recommendation's code, a reason's or a finding's (see <see cref="RecommendationCodes"/>), as a short label: "No price", "Sin precio"; a code the resources do not know as "Other reason".</summary>
    /// <param name="code">The code.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public string RecommendationLabel(string code)
    {
        Preconditions.CheckNotNull(code);
        return Find("Recommendation.Label." + code) ?? Get("Recommendation.Label.Other");
    }

    /// <summary>What a recommendation minimises first, as a phrase: "the lowest cost", "el menor tiempo".</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The phrase.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is not defined.</exception>
    public string ObjectiveName(RecommendationObjective objective) => objective switch
    {
        RecommendationObjective.Cost => Get("Recommendation.Objective.Cost"),
        RecommendationObjective.Time => Get("Recommendation.Objective.Time"),
        RecommendationObjective.Courses => Get("Recommendation.Objective.Courses"),
        _ => throw new ArgumentOutOfRangeException(nameof(objective), objective, "Unknown objective."),
    };

    /// <summary>How far the solver got, as a label: "Best choice", "Good choice, maybe not the best", "Nothing to take", "No selection found".</summary>
    /// <param name="status">The solve status.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public string SolveStatusName(RecommendationSolveStatus status) => Get(SolveStatusKey(status));

    /// <summary>How far the solver got, in a sentence that says what it means for the reader ("Maybe not the best choice: the time to search ran out; …").</summary>
    /// <param name="status">The solve status.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public string SolveStatus(RecommendationSolveStatus status) => Get(SolveStatusKey(status) + ".Sentence");

    /// <summary>A recommendation's title: "Courses to take as of 28 February 2026, for the lowest cost".</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <returns>The title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recommendation"/> is null.</exception>
    public string RecommendationTitle(Recommendation recommendation)
    {
        Preconditions.CheckNotNull(recommendation);
        return Format("Recommendation.Title", Date(recommendation.AsOf), ObjectiveName(recommendation.Objective));
    }

    /// <summary>What a chosen course earns toward one requirement: "2 AAMA points toward the clinical category (not approved by the AAMA)"; approval is named only for credit not approved, and only for a body whose rules distinguish it.</summary>
    /// <param name="credit">What the course earns.</param>
    /// <param name="policy">The credential's policy (for example <see cref="CertificationOutlook.EvaluationAfter"/>'s), whose unit names and approval rules are used.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Earned(RecommendedCredit credit, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(credit);
        Preconditions.CheckNotNull(policy);
        string toward = credit.Category is { } category ? CategoryPhrase(category, policy) : Get("Counted.Total");
        if (!credit.Approved && DistinguishesApproval(policy))
        {
            toward = Format("Counted.WithApproval", toward, Approval(policy, approved: false, credit.Amount, credit.Unit));
        }
        return Format("Recommendation.Earns", Amount(new Credit(credit.Amount, credit.Unit), policy), toward);
    }

    private static string SolveStatusKey(RecommendationSolveStatus status) => status switch
    {
        RecommendationSolveStatus.NothingNeeded => "Recommendation.Solve.NothingNeeded",
        RecommendationSolveStatus.Optimal => "Recommendation.Solve.Optimal",
        RecommendationSolveStatus.Feasible => "Recommendation.Solve.Feasible",
        RecommendationSolveStatus.Unknown => "Recommendation.Solve.Unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown solve status."),
    };

    private static RecommendationObjective ObjectiveOf(object? id) => (id as string) switch
    {
        "time" => RecommendationObjective.Time,
        "courses" => RecommendationObjective.Courses,
        _ => RecommendationObjective.Cost,
    };

    /// <summary>The key of a sentence whose verb agrees with an amount still missing: its ".One" form when the amount, rounded up, is exactly one.</summary>
    private static string Agreeing(string key, object? shortfall) => shortfall is Credit c && IsOne(c.Amount.RoundedUp) ? key + ".One" : key;

    /// <summary>A credential as a sentence names it after an article: its acronym ("CMA").</summary>
    private static string CredentialName(object? credential) => credential is Credential c ? c.Acronym : string.Empty;

    /// <summary>A credential's body as a sentence names it: "the AAMA".</summary>
    private string BodyOf(object? credential) => credential is Credential c ? Body(c.Body) : string.Empty;
}
