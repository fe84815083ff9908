using System;
using System.Globalization;
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
                check.Error(FindingCodes.DuplicateCourseId, ".id", ("id", course.Id), ("first", $"courses[{Number(first)}]"));
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
                    offerCheck.Error(FindingCodes.DuplicateOffer, ".credential", ("credential", offer.CredentialId), ("earlier", $"courses[{Number(c)}].offers[{Number(earlier)}]"));
                    continue;
                }
                credentials.Add(offer.CredentialId, o);
                if (!Policies.TryGetCredential(offer.CredentialId, out var credential))
                {
                    offerCheck.Error(FindingCodes.UnknownCredential, ".credential",
                        ("value", offer.CredentialId), ("known", string.Join(", ", Policies.Credentials.Select(k => k.Id))));
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
                check.Error(FindingCodes.InvalidDuration, ".durationMinutes", ("minutes", Number(minutes)));
            }
            else if (minutes > MaxPlausibleMinutes)
            {
                check.Error(FindingCodes.AbsurdDuration, ".durationMinutes", ("minutes", Number(minutes)), ("limit", Number(MaxPlausibleMinutes)));
            }
        }
        else if (!course.Offers.IsEmpty)
        {
            check.Warning(FindingCodes.MissingDuration, ".durationMinutes");
        }
        if (!course.ContentAreas.IsEmpty)
        {
            long sum = course.ContentAreas.Sum(a => (long)a.Minutes);
            var seen = new HashSet<Category>();
            for (int a = 0; a < course.ContentAreas.Length; a++)
            {
                if (!seen.Add(course.ContentAreas[a].Category))
                {
                    check.Error(FindingCodes.DuplicateContentArea, $".contentAreas[{Number(a)}].category", ("category", course.ContentAreas[a].Category.Id));
                }
            }
            if (course.DurationMinutes is { } duration && sum != duration)
            {
                check.Error(FindingCodes.ContentMinutesMismatch, ".contentAreas", ("sum", Number(sum)),
                    ("areas", string.Join(";", course.ContentAreas.Select(a => $"{Number(a.Minutes)} {a.Category.Id}"))), ("minutes", Number(duration)));
            }
        }
        if (course.Offers.IsEmpty)
        {
            check.Warning(FindingCodes.NoOffers, ".offers");
        }
    }

    private static void CheckOffer(Checker check, Course course, CreditOffer offer, CredentialPolicy policy, LocalDate asOf)
    {
        var credential = policy.Credential;
        var units = policy.Units;
        if (policy.NotAcceptedKinds is { } refused && refused.Refuses(course.Kind))
        {
            check.Error(FindingCodes.KindNotAccepted, string.Empty, ("kind", course.Kind.Id), ("credential", credential.ToString()));
        }
        if (policy.SelfStudy is { } selfStudy && course.Kind == selfStudy.Kind)
        {
            if (course.CompleteWithinMonths is not { } months)
            {
                check.Error(FindingCodes.MissingCompletionPeriod, string.Empty, ("credential", credential.ToString()), ("within", selfStudy.CompleteWithin.ToString()));
            }
            else if (PeriodRules.PlusOrMax(asOf, Period.FromMonths(months)) > PeriodRules.PlusOrMax(asOf, selfStudy.CompleteWithin))
            {
                check.Error(FindingCodes.CompletionPeriodTooLong, string.Empty, ("given", Period.FromMonths(months).ToString()), ("credential", credential.ToString()),
                    ("within", selfStudy.CompleteWithin.ToString()));
            }
        }
        if (offer.Credits.IsEmpty)
        {
            check.Warning(FindingCodes.EmptyOffer, ".credits", ("credential", credential.ToString()));
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
                check.Warning(FindingCodes.ZeroAmount, at + ".amount");
            }
            else if (line.Amount > MaxPlausibleCredit)
            {
                check.Error(FindingCodes.AbsurdAmount, at + ".amount", ("credit", CreditText(line.Amount, line.Unit)), ("limit", MaxPlausibleCredit.ToString(null, CultureInfo.InvariantCulture)));
            }
            if (line.ApprovedBy.Length > 0 && string.IsNullOrWhiteSpace(line.ApprovalReference))
            {
                check.Error(FindingCodes.ApprovalWithoutReference, at + ".approvalReference", ("bodies", string.Join(", ", line.ApprovedBy)));
            }
            UnitConversion? conversion = null;
            if (line.Unit != units.Unit)
            {
                conversion = units.ConversionFrom(line.Unit);
                if (conversion is null)
                {
                    check.Error(FindingCodes.UnknownUnit, at + ".unit", ("unit", line.Unit.Id), ("credential", credential.ToString()),
                        ("units", string.Join(",", units.Conversions.Select(c => c.From.Id).Prepend(units.Unit.Id))));
                    continue;
                }
                check.Info(FindingCodes.ConvertedUnit, at + ".unit", ("from", CreditText(line.Amount, line.Unit)),
                    ("to", CreditText(conversion.Convert(line.Amount), units.Unit)), ("credential", credential.ToString()));
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
            check.Error(FindingCodes.CprValidity, string.Empty, ("stated", course.ValidMonths is { } months ? Period.FromMonths(months).ToString() : "unstated"),
                ("credential", policy.Credential.ToString()), ("required", Period.FromMonths(cpr.RequiredValidMonths).ToString()));
        }
        bool exact = offer.Credits.Length == 1 && offer.Credits[0].Amount == cpr.CreditPerCard && offer.Credits[0].Unit == policy.Units.Unit
            && offer.Credits[0].Category == cpr.Category;
        if (!exact)
        {
            check.Error(FindingCodes.CprCredit, ".credits", ("credit", CreditText(cpr.CreditPerCard, policy.Units.Unit)), ("category", cpr.Category.Id),
                ("credential", policy.Credential.ToString()),
                ("claimed", offer.Credits.IsEmpty ? "none" : string.Join(";", offer.Credits.Select(c => CreditText(c.Amount, c.Unit) + (c.Category is { } k ? " " + k.Id : string.Empty)))));
        }
    }

    private static void CheckCategory(Checker check, string at, CreditLine line, CredentialPolicy policy, Category? implied)
    {
        var categories = policy.Categories;
        if (categories is null || categories.Categories.IsEmpty)
        {
            if (line.Category is { } ignored)
            {
                check.Info(FindingCodes.CategoryIgnored, at + ".category", ("category", ignored.Id), ("credential", policy.Credential.ToString()));
            }
            return;
        }
        if (line.Category is not { } category)
        {
            if (categories.Required)
            {
                check.Error(FindingCodes.MissingCategory, at + ".category", ("credential", policy.Credential.ToString()),
                    ("categories", string.Join(",", categories.Categories.Select(k => k.Id))));
            }
            return;
        }
        if (categories.IndexOf(category) < 0)
        {
            check.Error(FindingCodes.UnknownCategory, at + ".category", ("category", category.Id), ("categories", string.Join(",", categories.Categories.Select(k => k.Id))));
            return;
        }
        if (implied is { } expected && expected != category)
        {
            check.Info(FindingCodes.ImpliedCategory, at + ".category", ("expected", expected.Id), ("category", category.Id));
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
                check.Error(FindingCodes.CreditExceedsDuration, ".credits", ("claimed", CreditText(claimed, units.Unit)), ("which", "all"), ("minutes", Number(minutes)),
                    ("supported", CreditText(supported, units.Unit)), ("per", Number(timed.MinutesPerUnit)));
            }
            return;
        }
        if (policy.NonApprovedDuration is { } rule)
        {
            var supported = CreditAmount.FromFraction(minutes, rule.MinutesPerUnit);
            if (claimedNonApproved > CreditAmount.Zero && minutes < rule.MinimumMinutes)
            {
                check.Error(FindingCodes.TooShort, string.Empty, ("minutes", Number(minutes)), ("minimum", Number(rule.MinimumMinutes)));
            }
            else if (claimedNonApproved > supported.RoundedUp)
            {
                check.Error(FindingCodes.CreditExceedsDuration, ".credits", ("claimed", CreditText(claimedNonApproved, units.Unit)), ("which", "not-approved"),
                    ("minutes", Number(minutes)), ("supported", CreditText(supported, units.Unit)), ("per", Number(rule.MinutesPerUnit)));
            }
            else if (claimed > supported.RoundedUp)
            {
                check.Warning(FindingCodes.ApprovedCreditExceedsDuration, ".credits", ("claimed", CreditText(claimed, units.Unit)), ("minutes", Number(minutes)),
                    ("supported", CreditText(supported, units.Unit)), ("per", Number(rule.MinutesPerUnit)));
            }
            return;
        }
        check.Info(FindingCodes.DurationNotChecked, ".credits", ("credential", policy.Credential.ToString()));
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

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An amount and a unit as a finding's credit argument: "2.5 aama-point".</summary>
    private static string CreditText(CreditAmount amount, CreditUnit unit) => amount.ToString(null, CultureInfo.InvariantCulture) + " " + unit.Id;

    /// <summary>Adds findings under one path prefix.</summary>
    private readonly struct Checker(List<Finding> findings, string path)
    {
        internal string Path => path;

        internal void Error(FindingCode code, string suffix, params (string Name, string Value)[] arguments) =>
            findings.Add(new Finding(code, FindingSeverity.Error, path + suffix, arguments));

        internal void Warning(FindingCode code, string suffix, params (string Name, string Value)[] arguments) =>
            findings.Add(new Finding(code, FindingSeverity.Warning, path + suffix, arguments));

        internal void Info(FindingCode code, string suffix, params (string Name, string Value)[] arguments) =>
            findings.Add(new Finding(code, FindingSeverity.Info, path + suffix, arguments));
    }
}
