using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Catalogs;

/// <summary>
/// Checks a vendor's course catalog against each credential's policy, collecting every finding, and
/// reports what each offer would earn a learner. The limits it applies are the policies' own (the
/// minutes per unit, the CPR card's value and validity, the kinds a body refuses, the categories);
/// what a learner earns is computed by <see cref="CertificationEvaluator"/>'s admission, not a second
/// copy of the rules.
/// </summary>
/// <remarks>
/// Validation never throws for a catalog that could be constructed; every problem is a
/// <see cref="Finding"/> with a code listed in <see cref="CatalogFindingCodes"/>. This type is
/// immutable and thread-safe.
/// </remarks>
public sealed class CatalogValidator
{
    /// <summary>The most minutes one course may plausibly last (1,000 hours); more is reported as absurd.</summary>
    public const int MaxPlausibleMinutes = 60_000;

    /// <summary>The most credit one line may plausibly claim; more is reported as absurd.</summary>
    public static CreditAmount MaxPlausibleCredit { get; } = CreditAmount.FromUnits(1_000);

    private readonly CertificationEvaluator evaluator;

    /// <summary>Creates a validator over the built-in policies.</summary>
    public CatalogValidator()
        : this(PolicyCatalog.BuiltIn)
    {
    }

    /// <summary>Creates a validator over the policies of <paramref name="policies"/>.</summary>
    /// <param name="policies">The policies that define the credentials a catalog may offer credit to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    public CatalogValidator(PolicyCatalog policies)
    {
        Policies = Preconditions.CheckNotNull(policies);
        evaluator = new CertificationEvaluator(policies);
    }

    /// <summary>The policies applied.</summary>
    public PolicyCatalog Policies { get; }

    /// <summary>Validates a catalog under the policy versions in force on <paramref name="asOf"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="asOf">The date whose policy versions apply; a learner's yield is computed as if the course were completed that day.</param>
    /// <returns>Every finding and every yield.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public CatalogValidation Validate(CourseCatalog catalog, LocalDate asOf)
    {
        Preconditions.CheckNotNull(catalog);
        var findings = new List<Finding>();
        var yields = ImmutableArray.CreateBuilder<CourseYield>();
        var firstById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < catalog.Courses.Length; c++)
        {
            var course = catalog.Courses[c];
            var check = new Checker(findings, $"courses[{c}]");
            if (firstById.TryGetValue(course.Id, out int first))
            {
                check.Error(CatalogFindingCodes.DuplicateCourseId, ".id", $"The course id '{course.Id}' is also the id of courses[{first}]; ids must be unique.");
            }
            else
            {
                firstById.Add(course.Id, c);
            }
            CheckCourse(check, course);
            var credentials = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int o = 0; o < course.Offers.Length; o++)
            {
                var offer = course.Offers[o];
                var offerCheck = new Checker(findings, $"courses[{c}].offers[{o}]");
                if (credentials.TryGetValue(offer.CredentialId, out int earlier))
                {
                    offerCheck.Error(CatalogFindingCodes.DuplicateOffer, ".credential", $"The course already offers credit to '{offer.CredentialId}' in offers[{earlier}]; state one offer per credential.");
                    continue;
                }
                credentials.Add(offer.CredentialId, o);
                if (!Policies.TryGetCredential(offer.CredentialId, out var credential))
                {
                    offerCheck.Error(CatalogFindingCodes.UnknownCredential, ".credential",
                        $"'{offer.CredentialId}' is not a known credential; known: {string.Join(", ", Policies.Credentials.Select(k => k.Id))}.");
                    continue;
                }
                var policy = Policies.Resolve(credential, asOf);
                CheckOffer(offerCheck, course, offer, policy, asOf);
                yields.Add(Yield(course, offerCheck.Path, credential, offer, asOf));
            }
        }
        return new CatalogValidation(catalog, asOf, findings.ToImmutableArray(), yields.ToImmutable());
    }

    private static void CheckCourse(Checker check, Course course)
    {
        if (course.DurationMinutes is { } minutes)
        {
            if (minutes <= 0)
            {
                check.Error(CatalogFindingCodes.InvalidDuration, ".durationMinutes", $"The duration is {minutes} minutes; a course lasts more than 0 minutes.");
            }
            else if (minutes > MaxPlausibleMinutes)
            {
                check.Error(CatalogFindingCodes.AbsurdDuration, ".durationMinutes", $"The duration is {minutes} minutes, more than the {MaxPlausibleMinutes} (1,000 hours) one course may plausibly last.");
            }
        }
        else if (!course.Offers.IsEmpty)
        {
            check.Warning(CatalogFindingCodes.MissingDuration, ".durationMinutes", "The course states no duration, so the credit it claims cannot be checked against its time.");
        }
        if (!course.ContentAreas.IsEmpty)
        {
            long sum = course.ContentAreas.Sum(a => (long)a.Minutes);
            var seen = new HashSet<Category>();
            for (int a = 0; a < course.ContentAreas.Length; a++)
            {
                if (!seen.Add(course.ContentAreas[a].Category))
                {
                    check.Error(CatalogFindingCodes.DuplicateContentArea, $".contentAreas[{a}].category", $"The content area '{course.ContentAreas[a].Category}' appears twice.");
                }
            }
            if (course.DurationMinutes is { } duration && sum != duration)
            {
                check.Error(CatalogFindingCodes.ContentMinutesMismatch, ".contentAreas",
                    $"The content areas add up to {sum} minutes ({string.Join(" + ", course.ContentAreas.Select(a => $"{a.Minutes} {a.Category}"))}), but the course lasts {duration} minutes.");
            }
        }
        if (course.Offers.IsEmpty)
        {
            check.Warning(CatalogFindingCodes.NoOffers, ".offers", "The course offers credit to no credential.");
        }
    }

    private static void CheckOffer(Checker check, Course course, CreditOffer offer, CredentialPolicy policy, LocalDate asOf)
    {
        var credential = policy.Credential;
        var units = policy.Units;
        if (policy.NotAcceptedKinds is { } refused && refused.Refuses(course.Kind))
        {
            check.Error(CatalogFindingCodes.KindNotAccepted, string.Empty,
                $"The {credential.Body.Acronym} does not accept a course of the kind '{course.Kind}' ({refused.RuleId}), so it earns nothing for the {credential}.");
        }
        if (policy.SelfStudy is { } selfStudy && course.Kind == selfStudy.Kind)
        {
            if (course.CompleteWithinMonths is not { } months)
            {
                check.Error(CatalogFindingCodes.MissingCompletionPeriod, string.Empty,
                    $"A self-study course must state its completion period; the {credential} counts it only when completed within {PeriodRules.Describe(selfStudy.CompleteWithin)} of purchase ({selfStudy.RuleId}).");
            }
            else if (PeriodRules.PlusOrMax(asOf, Period.FromMonths(months)) > PeriodRules.PlusOrMax(asOf, selfStudy.CompleteWithin))
            {
                check.Error(CatalogFindingCodes.CompletionPeriodTooLong, string.Empty,
                    $"The course gives {months} months to complete it; the {credential} counts it only when completed within {PeriodRules.Describe(selfStudy.CompleteWithin)} of purchase ({selfStudy.RuleId}).");
            }
        }
        if (offer.Credits.IsEmpty)
        {
            check.Warning(CatalogFindingCodes.EmptyOffer, ".credits", $"The offer to the {credential} states no credit.");
        }
        bool isCpr = policy.CprCards is { } cpr && course.Kind == cpr.Kind;
        if (isCpr)
        {
            CheckCprCard(check, course, offer, policy, policy.CprCards!);
        }

        // Line by line: the amount, the unit, the category, the approval.
        var claimed = CreditAmount.Zero;
        var claimedNonApproved = CreditAmount.Zero;
        var implied = ImpliedCategory(course, policy);
        for (int l = 0; l < offer.Credits.Length; l++)
        {
            var line = offer.Credits[l];
            string at = $".credits[{l}]";
            if (line.Amount.IsZero)
            {
                check.Warning(CatalogFindingCodes.ZeroAmount, at + ".amount", "The line claims 0; it earns nothing.");
            }
            else if (line.Amount > MaxPlausibleCredit)
            {
                check.Error(CatalogFindingCodes.AbsurdAmount, at + ".amount", $"The line claims {line.Amount} {line.Unit}, more than the {MaxPlausibleCredit} one course may plausibly earn.");
            }
            if (line.ApprovedBy.Length > 0 && string.IsNullOrWhiteSpace(line.ApprovalReference))
            {
                check.Error(CatalogFindingCodes.ApprovalWithoutReference, at + ".approvalReference",
                    $"The line claims approval by {string.Join(", ", line.ApprovedBy)} without an approval reference.");
            }
            UnitConversion? conversion = null;
            if (line.Unit != units.Unit)
            {
                conversion = units.ConversionFrom(line.Unit);
                if (conversion is null)
                {
                    check.Error(CatalogFindingCodes.UnknownUnit, at + ".unit",
                        $"The {credential} counts {units.Unit}{(units.Conversions.IsEmpty ? string.Empty : $" (or converts {string.Join(", ", units.Conversions.Select(c => c.From.Id))})")}; '{line.Unit}' is not one of them.");
                    continue;
                }
                check.Info(CatalogFindingCodes.ConvertedUnit, at + ".unit",
                    $"The {credential} converts {line.Amount} {line.Unit} to {conversion.Convert(line.Amount)} {units.Unit} ({conversion.RuleId}); state credit in {units.Unit} to be exact.");
            }
            CheckCategory(check, at, line, policy, implied);
            var amount = conversion?.Convert(line.Amount) ?? line.Amount;
            claimed += amount;
            if (conversion is { CountsAsNonApproved: true } || !line.IsApprovedBy(credential.Body.Id))
            {
                claimedNonApproved += amount;
            }
        }
        if (!isCpr)
        {
            CheckDuration(check, course, policy, claimed, claimedNonApproved);
        }
    }

    private static void CheckCprCard(Checker check, Course course, CreditOffer offer, CredentialPolicy policy, CprCardRule cpr)
    {
        if (course.ValidMonths != cpr.RequiredValidMonths)
        {
            check.Error(CatalogFindingCodes.CprValidity, string.Empty,
                $"The card is valid for {(course.ValidMonths is { } months ? $"{months} months" : "an unstated period")}; the {policy.Credential} values only a {cpr.RequiredValidMonths}-month card ({cpr.RuleId}).");
        }
        bool exact = offer.Credits.Length == 1 && offer.Credits[0].Amount == cpr.CreditPerCard && offer.Credits[0].Unit == policy.Units.Unit
            && offer.Credits[0].Category == cpr.Category;
        if (!exact)
        {
            check.Error(CatalogFindingCodes.CprCredit, ".credits",
                $"A CPR card earns exactly {cpr.CreditPerCard} {cpr.Category} {(cpr.CreditPerCard <= CreditAmount.FromUnits(1) ? policy.Units.SingularName : policy.Units.PluralName)} for the {policy.Credential} ({cpr.RuleId}); the offer claims {(offer.Credits.IsEmpty ? "none" : string.Join(" + ", offer.Credits.Select(c => $"{c.Amount} {c.Category?.Id ?? "uncategorised"} {c.Unit}")))}.");
        }
    }

    private static void CheckCategory(Checker check, string at, CreditLine line, CredentialPolicy policy, Category? implied)
    {
        var categories = policy.Categories;
        if (categories is null || categories.Categories.IsEmpty)
        {
            if (line.Category is { } ignored)
            {
                check.Info(CatalogFindingCodes.CategoryIgnored, at + ".category", $"The {policy.Credential} has no categories; '{ignored}' is ignored.");
            }
            return;
        }
        if (line.Category is not { } category)
        {
            if (categories.Required)
            {
                check.Error(CatalogFindingCodes.MissingCategory, at + ".category",
                    $"The {policy.Credential} sorts every unit into {string.Join(", ", categories.Categories)}; the line names none ({categories.RuleId}).");
            }
            return;
        }
        if (categories.IndexOf(category) < 0)
        {
            check.Error(CatalogFindingCodes.UnknownCategory, at + ".category",
                $"'{category}' is not a category of the {policy.Credential}; it has {string.Join(", ", categories.Categories)} ({categories.RuleId}).");
            return;
        }
        if (implied is { } expected && expected != category)
        {
            check.Info(CatalogFindingCodes.ImpliedCategory, at + ".category",
                $"The course's content areas spend the most time on '{expected}', but the line claims '{category}'.");
        }
    }

    /// <summary>
    /// Credit beyond what the duration supports: for a body that defines its unit by time (NHA, NCCT)
    /// any excess is an error; under a non-approved duration rule (AAMA) non-approved excess is an
    /// error and approved excess a warning, since the approving body assigned it.
    /// </summary>
    private static void CheckDuration(Checker check, Course course, CredentialPolicy policy, CreditAmount claimed, CreditAmount claimedNonApproved)
    {
        var units = policy.Units;
        if (course.DurationMinutes is not (> 0 and var minutes))
        {
            return;
        }
        if (units.FromDuration is { } timed)
        {
            var supported = timed.Convert(minutes);
            // A claim in hundredths within the hundredth above the exact support only rounds it, as admission reads it.
            if (claimed > supported.RoundedUp)
            {
                check.Error(CatalogFindingCodes.CreditExceedsDuration, ".credits",
                    $"The offer claims {units.Describe(claimed)}; {minutes} minutes support at most {units.Describe(supported)} at one per {timed.MinutesPerUnit} minutes ({timed.RuleId}).");
            }
            return;
        }
        if (policy.NonApprovedDuration is { } rule)
        {
            var supported = CreditAmount.FromFraction(minutes, rule.MinutesPerUnit);
            if (claimedNonApproved > CreditAmount.Zero && minutes < rule.MinimumMinutes)
            {
                check.Error(CatalogFindingCodes.TooShort, string.Empty,
                    $"The course lasts {minutes} minutes; credit not approved by the {policy.Credential.Body.Acronym} needs at least {rule.MinimumMinutes} minutes ({rule.RuleId}).");
            }
            else if (claimedNonApproved > supported.RoundedUp)
            {
                check.Error(CatalogFindingCodes.CreditExceedsDuration, ".credits",
                    $"The offer claims {units.Describe(claimedNonApproved)} not approved by the {policy.Credential.Body.Acronym}; {minutes} minutes support at most {units.Describe(supported)} at one per {rule.MinutesPerUnit} minutes ({rule.RuleId}).");
            }
            else if (claimed > supported.RoundedUp)
            {
                check.Warning(CatalogFindingCodes.ApprovedCreditExceedsDuration, ".credits",
                    $"The offer claims {units.Describe(claimed)}, more than the {units.Describe(supported)} {minutes} minutes support at one per {rule.MinutesPerUnit} minutes; the {policy.Credential.Body.Acronym}-approved part counts as approved, but check it.");
            }
            return;
        }
        check.Info(CatalogFindingCodes.DurationNotChecked, ".credits",
            $"The {policy.Credential} policy states no minutes per {units.Unit}, so the credit claimed is not checked against the duration.");
    }

    /// <summary>The category with the most minutes among the content areas the policy knows, or null.</summary>
    private static Category? ImpliedCategory(Course course, CredentialPolicy policy)
    {
        if (policy.Categories is not { } categories || course.ContentAreas.IsEmpty)
        {
            return null;
        }
        Category? best = null;
        long most = 0;
        foreach (var category in categories.Categories)
        {
            // Summed as long: areas of up to int.MaxValue minutes each must not overflow (they are reported, not thrown).
            long minutes = course.ContentAreas.Where(a => a.Category == category).Sum(a => (long)a.Minutes);
            if (minutes > most)
            {
                (best, most) = (category, minutes);
            }
        }
        return best;
    }

    /// <summary>What a learner completing the course on <paramref name="asOf"/> would earn, by the evaluator's own admission.</summary>
    private CourseYield Yield(Course course, string path, Credential credential, CreditOffer offer, LocalDate asOf)
    {
        // A learner who uses the whole completion period the course gives.
        LocalDate? purchasedOn = course.CompleteWithinMonths is { } months ? PeriodRules.MinusOrMin(asOf, Period.FromMonths(months)) : null;
        var activity = new LearningActivity(course.Id, course.Kind, asOf)
        {
            Title = course.Title,
            DurationMinutes = course.DurationMinutes is >= 0 and var minutes ? minutes : null,
            ValidMonths = course.ValidMonths,
            PurchasedOn = purchasedOn,
            Credits = offer.Credits,
        };
        var result = evaluator.Evaluate(new Certification(credential, asOf), new Transcript([activity]), asOf);
        var decision = result.Activities[0];
        return new CourseYield(course.Id, path, credential, result.Policy, decision.Unit, decision.Counted, decision.NotCounted);
    }

    /// <summary>Adds findings under one path prefix.</summary>
    private readonly struct Checker(List<Finding> findings, string path)
    {
        internal string Path => path;

        internal void Error(string code, string suffix, string message) => findings.Add(new Finding(code, FindingSeverity.Error, path + suffix, message));

        internal void Warning(string code, string suffix, string message) => findings.Add(new Finding(code, FindingSeverity.Warning, path + suffix, message));

        internal void Info(string code, string suffix, string message) => findings.Add(new Finding(code, FindingSeverity.Info, path + suffix, message));
    }
}
