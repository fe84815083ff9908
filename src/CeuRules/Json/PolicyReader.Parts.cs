using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

using static CeuRules.Json.JsonWords;

namespace CeuRules.Json;

/// <summary>The readers of one version and its rule parts.</summary>
internal sealed partial class PolicyReader
{
    private static readonly string[] VersionFields =
    [
        "version", "effectiveFrom", "revises", "summary", "summaryTranslations", "source", "expiration", "window", "reactivationWindow", "units", "categories",
        "requirements", "nonApprovedCap", "cprCards", "nonApprovedDuration", "selfStudy", "notAcceptedKinds", "cutoffs",
        "recurringTraining", "ceTimeLimit", "examRoute", "fees", "kinds",
    ];

    private static readonly string[] ExpirationFields = ["cycle", "convention", "ruleId", "source"];
    private static readonly string[] WindowFields = ["start", "lookback", "ruleId", "source"];
    private static readonly string[] UnitsFields = ["unit", "singular", "plural", "singularTranslations", "pluralTranslations", "genders", "conversions", "fromDuration", "ruleId", "source"];
    private static readonly string[] ConversionFields = ["from", "factor", "countsAsNonApproved", "impliedMinutesPerUnit", "ruleId", "source"];
    private static readonly string[] DurationFields = ["minutesPerUnit", "ruleId", "source"];
    private static readonly string[] CategoriesFields = ["ids", "required", "names", "ruleId", "source"];
    private static readonly string[] RequirementFields = ["type", "category", "minimum", "ruleId", "source"];
    private static readonly string[] CapFields = ["limit", "ruleId", "source"];
    private static readonly string[] CprFields = ["creditPerCard", "category", "validMonths", "maxCards", "countsAsApproved", "kind", "ruleId", "source"];
    private static readonly string[] NonApprovedDurationFields = ["minimumMinutes", "minutesPerUnit", "ruleId", "source"];
    private static readonly string[] SelfStudyFields = ["completeWithin", "kind", "ruleId", "source"];
    private static readonly string[] NotAcceptedFields = ["kinds", "ruleId", "source"];
    private static readonly string[] CutoffFields = ["kind", "lastDay", "ruleId", "source"];
    private static readonly string[] RecurringFields = ["kind", "countsOncePer", "ruleId", "source"];
    private static readonly string[] CeTimeLimitFields = ["length", "transition", "afterExpiration", "ruleId", "source"];
    private static readonly string[] TransitionFields = ["deemedExpiration", "ruleId", "source"];
    private static readonly string[] ExamFields = ["maxAttempts", "passBeforeExpiration", "applyBeforeExpiration", "whenExhausted", "whenExhaustedTranslations", "onlyAfterLapse", "ruleId", "source"];
    private static readonly string[] FeeFields = ["kind", "member", "nonMember", "ruleId", "source"];
    private static readonly string[] NameFormFields = ["one", "other"];

    /// <summary>What the parts of one version share: the default source, the rule ids used so far, the parts without a source.</summary>
    private sealed class VersionScope
    {
        internal RuleSource? DefaultSource { get; set; }

        internal Dictionary<string, string> RuleIds { get; } = new(StringComparer.Ordinal);

        internal List<string> WithoutSource { get; } = [];

        /// <summary>The earlier version this one revises: a part it leaves out is that version's, and no default is filled in.</summary>
        internal CredentialPolicy? Revises { get; set; }
    }

    private CredentialPolicy? ReadVersion(JsonElement element, string path, Credential? credential,
        Dictionary<LocalDate, string> effectiveDates, Dictionary<string, string> names, Dictionary<string, CredentialPolicy?> read)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            findings.Error(FindingCodes.WrongType, path, ("value", Raw(element)), ("type", Kind(element)), ("expected", "object"));
            return null;
        }
        int errorsBefore = findings.ErrorCount;
        Fields(element, path + ".", VersionFields);
        var scope = new VersionScope { DefaultSource = fileSource };
        if (Value(element, "source", path, required: false) is { } versionSource)
        {
            scope.DefaultSource = ReadSource(versionSource, path + ".source") ?? Placeholder;
        }

        string? version = Id(element, "version", path, required: true, "version");
        if (version is not null && !names.TryAdd(version, path))
        {
            findings.Error(FindingCodes.DuplicateVersion, path + ".version", ("value", Truncate(version)), ("first", names[version]));
        }
        var effectiveFrom = LocalDate.MinIsoValue;
        bool hasDate = Value(element, "effectiveFrom", path, required: false) is not null;
        bool dateRead = true;
        if (hasDate)
        {
            var date = Date(element, "effectiveFrom", path, required: false);
            dateRead = date is not null;
            effectiveFrom = date ?? effectiveFrom;
        }
        if (dateRead && !effectiveDates.TryAdd(effectiveFrom, path))
        {
            findings.Error(FindingCodes.DuplicateEffectiveDate, hasDate ? path + ".effectiveFrom" : path, ("first", effectiveDates[effectiveFrom]));
        }
        string? summary = Text(element, "summary", path, required: false);
        var summaryTranslations = ReadTranslations(element, "summaryTranslations", path);
        bool revising = Value(element, "revises", path, required: false) is not null;
        if (revising)
        {
            if (Id(element, "revises", path, required: false, "version") is not { } revised)
            {
                return null;
            }
            if (!read.TryGetValue(revised, out var earlier))
            {
                findings.Error("unknown-version", path + ".revises", read.Count == 0
                    ? $"'{revised}' is not an earlier version of this file; the first version states every rule, and a later one may revise it."
                    : $"'{revised}' is not an earlier version of this file ({string.Join(", ", read.Keys)}); a version revises one stated before it.");
                return null;
            }
            if (earlier is null)
            {
                return null;
            }
            scope.Revises = earlier;
        }

        var expiration = ReadExpiration(element, path, scope);
        var window = ReadWindow(element, "window", path, scope, reactivation: false);
        var reactivationWindow = ReadWindow(element, "reactivationWindow", path, scope, reactivation: true);
        var units = ReadUnits(element, path, scope);
        var categories = ReadCategories(element, path, scope, out bool categoriesRead);
        var categoryList = (categories ?? (element.TryGetProperty("categories", out _) ? null : scope.Revises?.Categories))?.Categories ?? ImmutableArray<Category>.Empty;
        var requirements = ReadRequirements(element, path, scope, categoriesRead ? categoryList : null);
        var nonApprovedCap = ReadPart(element, "nonApprovedCap", path, scope, CapFields, "non-approved-cap", (part, partPath, id, source) =>
            Amount(part, "limit", partPath, required: true, positive: false) is { } limit ? new NonApprovedCap(id, source, limit) : null);
        var cprCards = ReadCprCards(element, path, scope, categoriesRead ? categoryList : null);
        var nonApprovedDuration = ReadPart(element, "nonApprovedDuration", path, scope, NonApprovedDurationFields, "non-approved-duration", (part, partPath, id, source) =>
        {
            int? minimum = Int(part, "minimumMinutes", partPath, required: true, 1, 1_000_000);
            int? perUnit = Int(part, "minutesPerUnit", partPath, required: true, 1, 1_000_000);
            return minimum is null || perUnit is null ? null : new NonApprovedDurationRule(id, source, minimum.Value, perUnit.Value);
        });
        var selfStudy = ReadPart(element, "selfStudy", path, scope, SelfStudyFields, "self-study", (part, partPath, id, source) =>
        {
            var within = PeriodValue(part, "completeWithin", partPath, required: true);
            string? kind = Value(part, "kind", partPath, required: false) is null ? LearningActivityKind.SelfStudy.Id : Id(part, "kind", partPath, required: false, "kind of activity");
            return within is null || kind is null ? null : new SelfStudyRule(id, source, new LearningActivityKind(kind), within);
        });
        var notAccepted = ReadPart(element, "notAcceptedKinds", path, scope, NotAcceptedFields, "not-accepted", (part, partPath, id, source) =>
        {
            var kinds = ReadIdList(part, "kinds", partPath, "kind of activity", allowEmpty: false);
            return kinds is null ? null : new NotAcceptedKindsRule(id, source, kinds.Select(k => new LearningActivityKind(k)));
        });
        var cutoffs = ReadCutoffs(element, path, scope);
        var recurring = ReadPart(element, "recurringTraining", path, scope, RecurringFields, "recurring-training", (part, partPath, id, source) =>
        {
            string? kind = Id(part, "kind", partPath, required: true, "kind of activity");
            var period = PeriodValue(part, "countsOncePer", partPath, required: true);
            return kind is null || period is null ? null : new RecurringTrainingRule(id, source, new LearningActivityKind(kind), period);
        });
        var ceTimeLimit = ReadCeTimeLimit(element, path, scope);
        var examRoute = ReadPart(element, "examRoute", path, scope, ExamFields, "exam", ReadExamRoute);
        var fees = ReadFees(element, path, scope);
        var kindNames = ReadKindNames(element, path);

        // Consistency between parts, located where the author would fix it.
        if (cprCards is not null && notAccepted is not null && notAccepted.Refuses(cprCards.Kind))
        {
            findings.Error(FindingCodes.InconsistentParts, path + ".cprCards", ("reason", "cpr-not-accepted"));
        }
        if (reactivationWindow is not null && (ceTimeLimit ?? scope.Revises?.CeTimeLimit) is { Length: null })
        {
            findings.Error(FindingCodes.InconsistentParts, path + ".reactivationWindow", ("reason", "reactivation-without-time-limit"));
        }
        if ((categories ?? scope.Revises?.Categories) is { Required: true } && (units ?? scope.Revises?.Units)?.FromDuration is not null)
        {
            findings.Error(FindingCodes.InconsistentParts, path + ".units.fromDuration", ("reason", "duration-without-category"));
        }
        if (scope.WithoutSource.Count > 0)
        {
            findings.Error(FindingCodes.MissingSource, path, ("parts", string.Join(", ", scope.WithoutSource)));
        }

        if (summaryTranslations is { IsEmpty: false } && summary is null)
        {
            findings.Error(FindingCodes.InconsistentParts, path + ".summaryTranslations", ("reason", "translations-without-summary"));
        }
        if (findings.ErrorCount > errorsBefore || credential is null || version is null || requirements is null || cutoffs is null || fees is null || kindNames is null
            || summaryTranslations is null)
        {
            return null;
        }
        if (scope.Revises is { } basis)
        {
            PolicyRule?[] single = [expiration, window, units, ceTimeLimit, categories, nonApprovedCap, cprCards, nonApprovedDuration, selfStudy,
                reactivationWindow is null ? null : new ReactivationWindowRule(reactivationWindow.RuleId, reactivationWindow.Source, reactivationWindow.Start, reactivationWindow.Lookback),
                notAccepted, recurring, examRoute];
            var changes = single.OfType<PolicyRule>().Concat(requirements.Value).Concat(cutoffs.Value).Concat(fees.Value).ToList();
            // A version that names kinds names them all; one that does not keeps the names of the version it revises.
            var revisedNames = element.TryGetProperty("kinds", out var kinds) && kinds.ValueKind != JsonValueKind.Null ? kindNames : basis.KindNames;
            return Construct(path, () => basis.ReviseNaming(version, effectiveFrom, summary, changes, revisedNames, summaryTranslations));
        }
        if (expiration is null || window is null || units is null || ceTimeLimit is null)
        {
            return null;
        }
        return Construct(path, () => new CredentialPolicy(credential, version, effectiveFrom, expiration, window, units, ceTimeLimit)
        {
            Summary = summary,
            SummaryTranslations = summaryTranslations,
            Categories = categories,
            Requirements = requirements.Value,
            NonApprovedCap = nonApprovedCap,
            CprCards = cprCards,
            NonApprovedDuration = nonApprovedDuration,
            SelfStudy = selfStudy,
            ReactivationWindow = reactivationWindow is null ? null : new ReactivationWindowRule(reactivationWindow.RuleId, reactivationWindow.Source, reactivationWindow.Start, reactivationWindow.Lookback),
            NotAcceptedKinds = notAccepted,
            Cutoffs = cutoffs.Value,
            RecurringTraining = recurring,
            ExamRoute = examRoute,
            Fees = fees.Value,
            KindNames = kindNames,
        });
    }

    /// <summary>
    /// Reads the "ruleId" and "source" every part may carry: the rule id defaults to
    /// "credential-id/<paramref name="defaultPart"/>", a bare id is put after "credential-id/", and
    /// the source defaults to the version's or the file's.
    /// </summary>
    private (string? RuleId, RuleSource Source) Head(JsonElement part, string path, string defaultPart, VersionScope scope, bool register = true)
    {
        string? ruleId;
        string idPath = path;
        if (Value(part, "ruleId", path, required: false) is { } idValue)
        {
            idPath = path + ".ruleId";
            if (idValue.ValueKind != JsonValueKind.String)
            {
                findings.Error(FindingCodes.WrongType, idPath, ("value", Raw(idValue)), ("type", Kind(idValue)), ("expected", "string"));
                ruleId = null;
            }
            else
            {
                string text = idValue.GetString()!;
                ruleId = text.Contains('/', StringComparison.Ordinal) ? text : credentialId + "/" + text;
                if (!IsRuleId(ruleId))
                {
                    findings.Error(FindingCodes.InvalidRuleId, idPath, ("value", Truncate(text)));
                    ruleId = null;
                }
            }
        }
        else
        {
            ruleId = credentialId + "/" + defaultPart;
            if (!IsRuleId(ruleId))
            {
                findings.Error(FindingCodes.InvalidRuleId, path, ("value", Truncate(ruleId)));
                ruleId = null;
            }
        }
        if (ruleId is not null && register && !scope.RuleIds.TryAdd(ruleId, path))
        {
            findings.Error(FindingCodes.DuplicateRuleId, idPath, ("value", Truncate(ruleId)), ("first", scope.RuleIds[ruleId]));
        }

        RuleSource source;
        if (Value(part, "source", path, required: false) is { } sourceValue)
        {
            source = ReadSource(sourceValue, path + ".source") ?? Placeholder;
        }
        else if (scope.DefaultSource is not null)
        {
            source = scope.DefaultSource;
        }
        else
        {
            scope.WithoutSource.Add(path);
            source = Placeholder;
        }
        return (ruleId, source);
    }

    /// <summary>Reads an optional single part: checks its fields, its head, then builds it.</summary>
    private T? ReadPart<T>(JsonElement version, string name, string path, VersionScope scope, string[] fields, string defaultPart,
        Func<JsonElement, string, string, RuleSource, T?> build)
        where T : class
    {
        if (Object(version, name, path, required: false) is not { } part)
        {
            return null;
        }
        string partPath = path + "." + name;
        Fields(part, partPath + ".", fields);
        var (ruleId, source) = Head(part, partPath, defaultPart, scope);
        int errorsBefore = findings.ErrorCount;
        var built = ruleId is null ? null : build(part, partPath, ruleId, source);
        return findings.ErrorCount > errorsBefore || built is null ? null : built;
    }

    private ExpirationRule? ReadExpiration(JsonElement version, string path, VersionScope scope)
    {
        if (Object(version, "expiration", path, required: scope.Revises is null, "how the expiration date is derived, for example { \"cycle\": \"P1Y\", \"convention\": \"day-before-anniversary\" }") is not { } part)
        {
            return null;
        }
        string partPath = path + ".expiration";
        Fields(part, partPath + ".", ExpirationFields);
        var (ruleId, source) = Head(part, partPath, "expiration", scope);
        var cycle = PeriodValue(part, "cycle", partPath, required: true);
        int? convention = Choice(part, "convention", partPath, required: true, PolicyJsonNames.Conventions, "convention");
        return ruleId is null || cycle is null || convention is null
            ? null
            : Construct(partPath, () => new ExpirationRule(ruleId, source, cycle, PolicyJsonNames.Convention(convention.Value)));
    }

    /// <summary>Reads the cycle window (defaults to one from the certification date) or the reactivation window (optional).</summary>
    private CreditWindowRule? ReadWindow(JsonElement version, string name, string path, VersionScope scope, bool reactivation)
    {
        string partPath = path + "." + name;
        string defaultPart = reactivation ? "reactivation-window" : "window";
        if (Object(version, name, path, required: false) is not { } part)
        {
            if (reactivation || scope.Revises is not null || version.TryGetProperty(name, out var present) && present.ValueKind != JsonValueKind.Null)
            {
                return null;
            }
            var (defaultId, defaultSource) = Head(default, partPath, defaultPart, scope);
            return defaultId is null ? null : new CreditWindowRule(defaultId, defaultSource);
        }
        Fields(part, partPath + ".", WindowFields);
        var (ruleId, source) = Head(part, partPath, defaultPart, scope);
        int? start = Value(part, "start", partPath, required: false) is null
            ? (int)WindowStart.CertificationDate
            : Choice(part, "start", partPath, required: false, PolicyJsonNames.WindowStarts, "window start");
        bool hasLookback = Value(part, "lookback", partPath, required: false) is not null;
        var lookback = hasLookback ? PeriodValue(part, "lookback", partPath, required: false) : null;
        if (start == (int)WindowStart.LookbackFromEnd && !hasLookback)
        {
            findings.Error(FindingCodes.MissingField, partPath + ".lookback", ("expected", "period"));
            return null;
        }
        if (start is not null && start != (int)WindowStart.LookbackFromEnd && hasLookback)
        {
            findings.Error(FindingCodes.InconsistentParts, partPath + ".lookback", ("reason", "lookback-without-start"));
            return null;
        }
        if (ruleId is null || start is null || hasLookback && lookback is null)
        {
            return null;
        }
        var windowStart = PolicyJsonNames.Start(start.Value);
        return Construct(partPath, () => new CreditWindowRule(ruleId, source, windowStart, lookback));
    }

    private UnitRule? ReadUnits(JsonElement version, string path, VersionScope scope)
    {
        if (Object(version, "units", path, required: scope.Revises is null, "the unit the policy counts in, for example { \"unit\": \"contact-hour\" }") is not { } part)
        {
            return null;
        }
        string partPath = path + ".units";
        int errorsBefore = findings.ErrorCount;
        Fields(part, partPath + ".", UnitsFields);
        var (ruleId, source) = Head(part, partPath, "units", scope);
        string? unit = Id(part, "unit", partPath, required: true, "unit");
        string? singular = Text(part, "singular", partPath, required: false);
        string? plural = Text(part, "plural", partPath, required: false);
        var singularTranslations = ReadTranslations(part, "singularTranslations", partPath);
        var pluralTranslations = ReadTranslations(part, "pluralTranslations", partPath);
        var genders = ReadGenders(part, partPath);

        var conversions = ImmutableArray.CreateBuilder<UnitConversion>();
        if (ArrayField(part, "conversions", partPath, required: false) is { } list)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            int i = 0;
            foreach (var item in list.EnumerateArray())
            {
                string itemPath = $"{partPath}.conversions[{i++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    findings.Error(FindingCodes.WrongType, itemPath, ("value", Raw(item)), ("type", Kind(item)), ("expected", "object"));
                    continue;
                }
                Fields(item, itemPath + ".", ConversionFields);
                string? from = Id(item, "from", itemPath, required: true, "unit");
                bool register = true;
                if (from is not null && from == unit)
                {
                    findings.Error(FindingCodes.InconsistentParts, itemPath + ".from", ("reason", "own-unit-converted"));
                    register = false;
                }
                else if (from is not null && !seen.TryAdd(from, itemPath))
                {
                    findings.Error(FindingCodes.DuplicateEntry, itemPath + ".from", ("value", from), ("first", seen[from]));
                    register = false;
                }
                var (conversionId, conversionSource) = Head(item, itemPath, from ?? "conversion", scope, register);
                decimal? factor = Decimal(item, "factor", itemPath, required: true, positive: true, UnitConversion.MaxFactor);
                bool? nonApproved = Bool(item, "countsAsNonApproved", itemPath, defaultValue: false);
                int? implied = Int(item, "impliedMinutesPerUnit", itemPath, required: false, 1, 1_000_000);
                bool impliedBad = Value(item, "impliedMinutesPerUnit", itemPath, required: false) is not null && implied is null;
                if (conversionId is not null && from is not null && factor is not null && nonApproved is not null && !impliedBad
                    && Construct(itemPath, () => new UnitConversion(conversionId, conversionSource, new CreditUnit(from), factor.Value, nonApproved.Value, implied)) is { } conversion)
                {
                    conversions.Add(conversion);
                }
            }
        }

        DurationConversion? fromDuration = null;
        if (Object(part, "fromDuration", partPath, required: false) is { } durationPart)
        {
            string durationPath = partPath + ".fromDuration";
            Fields(durationPart, durationPath + ".", DurationFields);
            var (durationId, durationSource) = Head(durationPart, durationPath, "duration", scope);
            int? minutes = Int(durationPart, "minutesPerUnit", durationPath, required: true, 1, 1_000_000);
            if (durationId is not null && minutes is not null)
            {
                fromDuration = Construct(durationPath, () => new DurationConversion(durationId, durationSource, minutes.Value));
            }
        }
        if (findings.ErrorCount > errorsBefore || ruleId is null || unit is null || singularTranslations is null || pluralTranslations is null || genders is null)
        {
            return null;
        }
        return Construct(partPath, () => new UnitRule(ruleId, source, new CreditUnit(unit), conversions.ToImmutable())
        {
            PluralName = plural ?? unit,
            SingularName = singular ?? plural ?? unit,
            SingularNameTranslations = singularTranslations,
            PluralNameTranslations = pluralTranslations,
            Genders = genders,
            FromDuration = fromDuration,
        });
    }

    /// <summary>Reads the categories; <paramref name="read"/> says whether the category list is known (absent or read without error).</summary>
    private CategoryRule? ReadCategories(JsonElement version, string path, VersionScope scope, out bool read)
    {
        read = true;
        if (!version.TryGetProperty("categories", out var present) || present.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        read = false;
        if (Object(version, "categories", path, required: false) is not { } part)
        {
            return null;
        }
        string partPath = path + ".categories";
        Fields(part, partPath + ".", CategoriesFields);
        var (ruleId, source) = Head(part, partPath, "categories", scope);
        var ids = ReadIdList(part, "ids", partPath, "category", allowEmpty: true);
        bool? required = Bool(part, "required", partPath, defaultValue: false);
        if (ids is not null && ids.Count == 0 && required == true)
        {
            findings.Error(FindingCodes.InconsistentParts, partPath + ".required", ("reason", "required-without-categories"));
            return null;
        }
        var names = ReadCategoryNames(part, partPath, ids);
        if (ruleId is null || ids is null || required is null || names is null)
        {
            return null;
        }
        read = true;
        return Construct(partPath, () => new CategoryRule(ruleId, source, ids.Select(id => new Category(id)), required.Value) { Names = names });
    }

    /// <summary>
    /// Reads the categories' names by language (<c>{ "safety": { "en": "Safety", "es": "Seguridad" } }</c>); empty
    /// when absent, null after a finding. A name for a category not in <paramref name="ids"/> is an unknown category.
    /// </summary>
    private ImmutableSortedDictionary<Category, ImmutableSortedDictionary<string, string>>? ReadCategoryNames(JsonElement part, string path, List<string>? ids)
    {
        var empty = ImmutableSortedDictionary<Category, ImmutableSortedDictionary<string, string>>.Empty;
        if (Object(part, "names", path, required: false) is not { } names)
        {
            return part.TryGetProperty("names", out var present) && present.ValueKind != JsonValueKind.Null ? null : empty;
        }
        var builder = empty.ToBuilder();
        bool ok = true;
        var known = ids?.Select(id => new Category(id)).ToImmutableArray();
        foreach (var property in names.EnumerateObject())
        {
            string namePath = $"{path}.names.{property.Name}";
            if (!Category.IsValidId(property.Name))
            {
                findings.Error(FindingCodes.InvalidId, namePath, ("value", Truncate(property.Name)), ("what", "category"));
                ok = false;
                continue;
            }
            if (!KnownCategory(property.Name, namePath, known))
            {
                ok = false;
                continue;
            }
            if (builder.ContainsKey(new Category(property.Name)))
            {
                findings.Error(FindingCodes.DuplicateField, namePath, ("name", Truncate(property.Name)));
                ok = false;
                continue;
            }
            if (ReadTranslations(names, property.Name, path + ".names") is { } byLanguage)
            {
                builder.Add(new Category(property.Name), byLanguage);
            }
            else
            {
                ok = false;
            }
        }
        return ok ? builder.ToImmutable() : null;
    }

    /// <summary>
    /// Reads the kinds' names by kind, then language, then number
    /// (<c>{ "in-service": { "es": { "one": "capacitación interna", "other": "las capacitaciones internas" } } }</c>);
    /// empty when absent, null after a finding.
    /// </summary>
    private ImmutableSortedDictionary<LearningActivityKind, ImmutableSortedDictionary<string, NameForms>>? ReadKindNames(JsonElement version, string path)
    {
        var empty = ImmutableSortedDictionary<LearningActivityKind, ImmutableSortedDictionary<string, NameForms>>.Empty;
        if (Object(version, "kinds", path, required: false) is not { } kinds)
        {
            return version.TryGetProperty("kinds", out var present) && present.ValueKind != JsonValueKind.Null ? null : empty;
        }
        var builder = empty.ToBuilder();
        bool ok = true;
        foreach (var kind in kinds.EnumerateObject())
        {
            string kindPath = $"{path}.kinds.{kind.Name}";
            if (!LearningActivityKind.IsValidId(kind.Name))
            {
                findings.Error(FindingCodes.InvalidId, kindPath, ("value", Truncate(kind.Name)), ("what", "kind"));
                ok = false;
                continue;
            }
            if (builder.ContainsKey(new LearningActivityKind(kind.Name)))
            {
                findings.Error(FindingCodes.DuplicateField, kindPath, ("name", Truncate(kind.Name)));
                ok = false;
                continue;
            }
            if (kind.Value.ValueKind != JsonValueKind.Object)
            {
                findings.Error(FindingCodes.WrongType, kindPath, ("value", Raw(kind.Value)), ("type", Kind(kind.Value)), ("expected", "object"));
                ok = false;
                continue;
            }
            var byLanguage = ImmutableSortedDictionary.CreateBuilder<string, NameForms>(StringComparer.Ordinal);
            foreach (var language in kind.Value.EnumerateObject())
            {
                string languagePath = $"{kindPath}.{language.Name}";
                if (byLanguage.ContainsKey(language.Name))
                {
                    findings.Error(FindingCodes.DuplicateField, languagePath, ("name", Truncate(language.Name)));
                    ok = false;
                }
                else if (!ExamRoute.IsLanguage(language.Name))
                {
                    findings.Error(FindingCodes.InvalidId, languagePath, ("value", Truncate(language.Name)), ("what", "language"));
                    ok = false;
                }
                else if (Object(kind.Value, language.Name, kindPath, required: true) is { } forms)
                {
                    Fields(forms, languagePath + ".", NameFormFields);
                    string? one = Text(forms, "one", languagePath, required: true);
                    string? other = Text(forms, "other", languagePath, required: true);
                    if (one is null || other is null)
                    {
                        ok = false;
                    }
                    else
                    {
                        byLanguage.Add(language.Name, new NameForms(one, other));
                    }
                }
                else
                {
                    ok = false;
                }
            }
            builder.Add(new LearningActivityKind(kind.Name), byLanguage.ToImmutable());
        }
        return ok ? builder.ToImmutable() : null;
    }

    /// <summary>Reads an array of distinct ids.</summary>
    private List<string>? ReadIdList(JsonElement part, string name, string path, string what, bool allowEmpty)
    {
        if (ArrayField(part, name, path, required: true) is not { } list)
        {
            return null;
        }
        var ids = new List<string>();
        var firstPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        bool ok = true;
        int i = 0;
        foreach (var item in list.EnumerateArray())
        {
            string itemPath = $"{path}.{name}[{i++}]";
            if (IdValue(item, itemPath, what) is not { } id)
            {
                ok = false;
            }
            else if (!firstPaths.TryAdd(id, itemPath))
            {
                findings.Error(FindingCodes.DuplicateEntry, itemPath, ("value", id), ("first", firstPaths[id]));
                ok = false;
            }
            else
            {
                ids.Add(id);
            }
        }
        if (i == 0 && !allowEmpty)
        {
            findings.Error(FindingCodes.MissingField, path + "." + name, ("expected", "ids"));
            return null;
        }
        return ok ? ids : null;
    }

    /// <summary>Checks that <paramref name="category"/> is one of the policy's categories, when they are known.</summary>
    private bool KnownCategory(string category, string path, ImmutableArray<Category>? categories)
    {
        if (categories is not { } known || known.Contains(new Category(category)))
        {
            return true;
        }
        findings.Error(FindingCodes.UnknownCategory, path, ("category", Truncate(category)), ("categories", string.Join(",", known.Select(k => k.Id))));
        return false;
    }

    private ImmutableArray<CreditRequirement>? ReadRequirements(JsonElement version, string path, VersionScope scope, ImmutableArray<Category>? categories)
    {
        if (ArrayField(version, "requirements", path, required: false) is not { } list)
        {
            return version.TryGetProperty("requirements", out var present) && present.ValueKind != JsonValueKind.Null
                ? null
                : ImmutableArray<CreditRequirement>.Empty;
        }
        var requirements = ImmutableArray.CreateBuilder<CreditRequirement>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        bool ok = true;
        int i = 0;
        foreach (var item in list.EnumerateArray())
        {
            string itemPath = $"{path}.requirements[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                findings.Error(FindingCodes.WrongType, itemPath, ("value", Raw(item)), ("type", Kind(item)), ("expected", "object"));
                ok = false;
                continue;
            }
            int errorsBefore = findings.ErrorCount;
            Fields(item, itemPath + ".", RequirementFields);
            int? type = Choice(item, "type", itemPath, required: true, PolicyJsonNames.RequirementTypes, "requirement type");
            string? category = null;
            bool hasCategory = Value(item, "category", itemPath, required: false) is not null;
            if (type == 1)
            {
                category = Id(item, "category", itemPath, required: true, "category");
                if (category is not null && !KnownCategory(category, itemPath + ".category", categories))
                {
                    category = null;
                }
            }
            else if (type is not null && hasCategory)
            {
                findings.Error(FindingCodes.InconsistentParts, itemPath + ".category", ("reason", "category-outside-category-requirement"));
            }
            string? requirementId = type switch
            {
                0 => TotalMinimum.Id,
                1 => category is null ? null : "category:" + category,
                2 => ApprovedMinimum.Id,
                _ => null,
            };
            bool register = true;
            if (requirementId is not null && !seen.TryAdd(requirementId, itemPath))
            {
                findings.Error(FindingCodes.DuplicateEntry, itemPath, ("value", requirementId), ("first", seen[requirementId]));
                register = false;
            }
            var (ruleId, source) = Head(item, itemPath, requirementId ?? "requirement", scope, register);
            var minimum = Amount(item, "minimum", itemPath, required: true, positive: true);
            if (findings.ErrorCount > errorsBefore || ruleId is null || requirementId is null || minimum is null)
            {
                ok = false;
                continue;
            }
            CreditRequirement? requirement = type switch
            {
                0 => Construct(itemPath, () => new TotalMinimum(ruleId, source, minimum.Value)),
                1 => Construct(itemPath, () => new CategoryMinimum(ruleId, source, new Category(category!), minimum.Value)),
                _ => Construct(itemPath, () => new ApprovedMinimum(ruleId, source, minimum.Value)),
            };
            if (requirement is null)
            {
                ok = false;
            }
            else
            {
                requirements.Add(requirement);
            }
        }
        return ok ? requirements.ToImmutable() : null;
    }

    private CprCardRule? ReadCprCards(JsonElement version, string path, VersionScope scope, ImmutableArray<Category>? categories) =>
        ReadPart(version, "cprCards", path, scope, CprFields, "cpr-cards", (part, partPath, id, source) =>
        {
            var credit = Amount(part, "creditPerCard", partPath, required: true, positive: true);
            string? category = Id(part, "category", partPath, required: true, "category");
            if (category is not null && !KnownCategory(category, partPath + ".category", categories))
            {
                category = null;
            }
            int? validMonths = Int(part, "validMonths", partPath, required: true, 1, 1200);
            int? maxCards = Int(part, "maxCards", partPath, required: true, 1, 1000);
            bool? approved = Bool(part, "countsAsApproved", partPath, defaultValue: false);
            string? kind = Value(part, "kind", partPath, required: false) is null ? LearningActivityKind.CprCard.Id : Id(part, "kind", partPath, required: false, "kind of activity");
            if (credit is null || category is null || validMonths is null || maxCards is null || approved is null || kind is null)
            {
                return null;
            }
            return Construct(partPath, () => new CprCardRule(id, source, credit.Value, new Category(category), validMonths.Value, maxCards.Value, approved.Value)
            {
                Kind = new LearningActivityKind(kind),
            });
        });

    private ImmutableArray<ActivityCutoffRule>? ReadCutoffs(JsonElement version, string path, VersionScope scope)
    {
        if (ArrayField(version, "cutoffs", path, required: false) is not { } list)
        {
            return version.TryGetProperty("cutoffs", out var present) && present.ValueKind != JsonValueKind.Null
                ? null
                : ImmutableArray<ActivityCutoffRule>.Empty;
        }
        var cutoffs = ImmutableArray.CreateBuilder<ActivityCutoffRule>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        bool ok = true;
        int i = 0;
        foreach (var item in list.EnumerateArray())
        {
            string itemPath = $"{path}.cutoffs[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                findings.Error(FindingCodes.WrongType, itemPath, ("value", Raw(item)), ("type", Kind(item)), ("expected", "object"));
                ok = false;
                continue;
            }
            Fields(item, itemPath + ".", CutoffFields);
            string? kind = Id(item, "kind", itemPath, required: true, "kind of activity");
            bool register = true;
            if (kind is not null && !seen.TryAdd(kind, itemPath))
            {
                findings.Error(FindingCodes.DuplicateEntry, itemPath + ".kind", ("value", kind), ("first", seen[kind]));
                register = false;
                ok = false;
            }
            var (ruleId, source) = Head(item, itemPath, PolicyJsonNames.CutoffPart(kind ?? "kind"), scope, register);
            var lastDay = Date(item, "lastDay", itemPath, required: true);
            if (ruleId is null || kind is null || lastDay is null
                || Construct(itemPath, () => new ActivityCutoffRule(ruleId, source, new LearningActivityKind(kind), lastDay.Value)) is not { } cutoff)
            {
                ok = false;
                continue;
            }
            cutoffs.Add(cutoff);
        }
        return ok ? cutoffs.ToImmutable() : null;
    }

    /// <summary>Reads the CE time limit; when absent, CE is not allowed after expiration.</summary>
    private CeTimeLimit? ReadCeTimeLimit(JsonElement version, string path, VersionScope scope)
    {
        string partPath = path + ".ceTimeLimit";
        if (Object(version, "ceTimeLimit", path, required: false) is not { } part)
        {
            if (scope.Revises is not null || version.TryGetProperty("ceTimeLimit", out var present) && present.ValueKind != JsonValueKind.Null)
            {
                return null;
            }
            var (defaultId, defaultSource) = Head(default, partPath, "ce-time-limit", scope);
            return defaultId is null ? null : new CeTimeLimit(defaultId, defaultSource, null);
        }
        Fields(part, partPath + ".", CeTimeLimitFields);
        var (ruleId, source) = Head(part, partPath, "ce-time-limit", scope);
        bool hasLength = Value(part, "length", partPath, required: false) is not null;
        var length = hasLength ? PeriodValue(part, "length", partPath, required: false) : null;
        CeTimeLimitTransition? transition = null;
        bool transitionBad = false;
        if (Object(part, "transition", partPath, required: false) is { } transitionPart)
        {
            string transitionPath = partPath + ".transition";
            Fields(transitionPart, transitionPath + ".", TransitionFields);
            var (transitionId, transitionSource) = Head(transitionPart, transitionPath, "ce-time-limit-transition", scope);
            var deemed = Date(transitionPart, "deemedExpiration", transitionPath, required: true);
            transition = transitionId is null || deemed is null
                ? null
                : Construct(transitionPath, () => new CeTimeLimitTransition(transitionId, transitionSource, deemed.Value));
            transitionBad = transition is null;
        }
        else if (part.TryGetProperty("transition", out var presentTransition) && presentTransition.ValueKind != JsonValueKind.Null)
        {
            transitionBad = true;
        }
        int? afterExpiration = Value(part, "afterExpiration", partPath, required: false) is null
            ? 0
            : Choice(part, "afterExpiration", partPath, required: false, PolicyJsonNames.AfterExpirationRoutes, "route after expiration");
        if (ruleId is null || hasLength && length is null || transitionBad || afterExpiration is null)
        {
            return null;
        }
        if (afterExpiration == 1 && length is null)
        {
            findings.Error(FindingCodes.InconsistentParts, partPath + ".afterExpiration", ("reason", "reactivation-without-length"));
            return null;
        }
        var route = PolicyJsonNames.AfterExpiration(afterExpiration.Value);
        return Construct(partPath, () => new CeTimeLimit(ruleId, source, length, transition) { RouteAfterExpiration = route });
    }

    private ExamRoute? ReadExamRoute(JsonElement part, string partPath, string ruleId, RuleSource source)
    {
        int? attempts = Int(part, "maxAttempts", partPath, required: true, 1, 100);
        bool hasPass = Value(part, "passBeforeExpiration", partPath, required: false) is not null;
        bool hasApply = Value(part, "applyBeforeExpiration", partPath, required: false) is not null;
        var pass = hasPass ? PeriodValue(part, "passBeforeExpiration", partPath, required: false) : null;
        var apply = hasApply ? PeriodValue(part, "applyBeforeExpiration", partPath, required: false) : null;
        string? whenExhausted = Text(part, "whenExhausted", partPath, required: true);
        bool? onlyAfterLapse = Bool(part, "onlyAfterLapse", partPath, defaultValue: false);
        if (hasPass != hasApply)
        {
            findings.Error(FindingCodes.InconsistentParts, partPath + (hasPass ? ".applyBeforeExpiration" : ".passBeforeExpiration"), ("reason", "exam-deadlines-pair"));
            return null;
        }
        var translations = ReadTranslations(part, "whenExhaustedTranslations", partPath);
        if (attempts is null || whenExhausted is null || onlyAfterLapse is null || translations is null || hasPass && (pass is null || apply is null))
        {
            return null;
        }
        if (hasPass && onlyAfterLapse.Value)
        {
            findings.Error(FindingCodes.InconsistentParts, partPath + ".onlyAfterLapse", ("reason", "exam-after-lapse-deadlines"));
            return null;
        }
        bool afterLapse = onlyAfterLapse.Value;
        return hasPass
            ? Construct(partPath, () => new ExamRoute(ruleId, source, attempts.Value, pass!, apply!, whenExhausted) { OnlyAfterLapse = afterLapse, WhenExhaustedTranslations = translations })
            : Construct(partPath, () => new ExamRoute(ruleId, source, attempts.Value, whenExhausted) { OnlyAfterLapse = afterLapse, WhenExhaustedTranslations = translations });
    }

    /// <summary>An optional object of texts by two-letter language code (<c>{ "es": "..." }</c>); empty when absent, null after a finding.</summary>
    private ImmutableSortedDictionary<string, string>? ReadTranslations(JsonElement part, string name, string path)
    {
        if (Object(part, name, path, required: false) is not { } texts)
        {
            return part.TryGetProperty(name, out var present) && present.ValueKind != JsonValueKind.Null
                ? null
                : ImmutableSortedDictionary<string, string>.Empty;
        }
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        bool ok = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in texts.EnumerateObject())
        {
            string fieldPath = $"{path}.{name}";
            if (!seen.Add(property.Name))
            {
                findings.Error(FindingCodes.DuplicateField, $"{fieldPath}.{property.Name}", ("name", Truncate(property.Name)));
                ok = false;
            }
            else if (!ExamRoute.IsLanguage(property.Name))
            {
                findings.Error(FindingCodes.InvalidId, $"{fieldPath}.{property.Name}", ("value", Truncate(property.Name)), ("what", "language"));
                ok = false;
            }
            else if (Text(texts, property.Name, fieldPath, required: true) is { } text)
            {
                builder.Add(property.Name, text);
            }
            else
            {
                ok = false;
            }
        }
        return ok ? builder.ToImmutable() : null;
    }

    /// <summary>The unit name's gender by two-letter language code (<c>{ "es": "feminine" }</c>); empty when absent, null after a finding.</summary>
    private ImmutableSortedDictionary<string, GrammaticalGender>? ReadGenders(JsonElement part, string path)
    {
        var empty = ImmutableSortedDictionary<string, GrammaticalGender>.Empty;
        if (Object(part, "genders", path, required: false) is not { } genders)
        {
            return part.TryGetProperty("genders", out var present) && present.ValueKind != JsonValueKind.Null ? null : empty;
        }
        var builder = empty.ToBuilder();
        bool ok = true;
        string fieldPath = path + ".genders";
        foreach (var property in genders.EnumerateObject())
        {
            if (builder.ContainsKey(property.Name))
            {
                findings.Error(FindingCodes.DuplicateField, $"{fieldPath}.{property.Name}", ("name", Truncate(property.Name)));
                ok = false;
            }
            else if (!ExamRoute.IsLanguage(property.Name))
            {
                findings.Error(FindingCodes.InvalidId, $"{fieldPath}.{property.Name}", ("value", Truncate(property.Name)), ("what", "language"));
                ok = false;
            }
            else if (Choice(genders, property.Name, fieldPath, required: true, PolicyJsonNames.Genders, "grammatical gender") is { } gender)
            {
                builder.Add(property.Name, PolicyJsonNames.Gender(gender));
            }
            else
            {
                ok = false;
            }
        }
        return ok ? builder.ToImmutable() : null;
    }

    private ImmutableArray<FeeRule>? ReadFees(JsonElement version, string path, VersionScope scope)
    {
        if (ArrayField(version, "fees", path, required: false) is not { } list)
        {
            return version.TryGetProperty("fees", out var present) && present.ValueKind != JsonValueKind.Null
                ? null
                : ImmutableArray<FeeRule>.Empty;
        }
        var fees = ImmutableArray.CreateBuilder<FeeRule>();
        var seen = new Dictionary<int, string>();
        bool ok = true;
        int i = 0;
        foreach (var item in list.EnumerateArray())
        {
            string itemPath = $"{path}.fees[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                findings.Error(FindingCodes.WrongType, itemPath, ("value", Raw(item)), ("type", Kind(item)), ("expected", "object"));
                ok = false;
                continue;
            }
            Fields(item, itemPath + ".", FeeFields);
            int? kind = Choice(item, "kind", itemPath, required: true, PolicyJsonNames.FeeKinds, "fee kind");
            bool register = true;
            if (kind is not null && !seen.TryAdd(kind.Value, itemPath))
            {
                findings.Error(FindingCodes.DuplicateEntry, itemPath + ".kind", ("value", PolicyJsonNames.FeeKinds[kind.Value]), ("first", seen[kind.Value]));
                register = false;
                ok = false;
            }
            var (ruleId, source) = Head(item, itemPath, PolicyJsonNames.FeePart(kind is null ? "fee" : PolicyJsonNames.FeeKinds[kind.Value]), scope, register);
            var member = Dollars(item, "member", itemPath, required: true);
            bool hasNonMember = Value(item, "nonMember", itemPath, required: false) is not null;
            var nonMember = hasNonMember ? Dollars(item, "nonMember", itemPath, required: false) : member;
            if (ruleId is null || kind is null || member is null || nonMember is null
                || Construct(itemPath, () => new FeeRule(ruleId, source, PolicyJsonNames.Fee(kind.Value), member.Value, nonMember.Value)) is not { } fee)
            {
                ok = false;
                continue;
            }
            fees.Add(fee);
        }
        return ok ? fees.ToImmutable() : null;
    }

    /// <summary>Whether <paramref name="ruleId"/> is two well-formed ids joined by '/'.</summary>
    private static bool IsRuleId(string ruleId)
    {
        int slash = ruleId.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && CreditUnit.IsValidId(ruleId[..slash]) && CreditUnit.IsValidId(ruleId[(slash + 1)..]);
    }
}
