using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Utility;

namespace CeuRules.Policies;

/// <summary>
/// Converts credit stated in another unit into the policy's unit, for example one college credit to
/// 15 AAMA points.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class UnitConversion : PolicyRule
{
    /// <summary>Creates the conversion.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="from">The unit converted from.</param>
    /// <param name="factor">How many of the policy's units one unit of <paramref name="from"/> is worth; positive, at most two decimals.</param>
    /// <param name="countsAsNonApproved">Whether converted credit never counts as approved (AAMA counts college credit as non-AAMA).</param>
    /// <param name="impliedMinutesPerUnit">The minutes one unit of <paramref name="from"/> documents by definition (50 for a contact
    /// hour), used where an activity states no duration; null when the unit documents no time.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="factor"/> is not positive or has more than two decimals, or
    /// <paramref name="from"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="impliedMinutesPerUnit"/> is not positive.</exception>
    public UnitConversion(string ruleId, RuleSource source, CreditUnit from, decimal factor, bool countsAsNonApproved, int? impliedMinutesPerUnit)
        : base(ruleId, source)
    {
        Preconditions.CheckArgument(from.Id is not null, "The unit must not be the default value.", nameof(from));
        Preconditions.CheckArgument(factor > 0 && factor <= MaxFactor && CreditAmount.TryFromDecimal(factor, out _),
            $"A conversion factor must be from 0.01 to {MaxFactor} with at most two decimals; was {factor}.", nameof(factor));
        if (impliedMinutesPerUnit is { } minutes)
        {
            Preconditions.CheckArgumentRange(minutes, 1, 1_000_000);
        }
        From = from;
        Factor = factor;
        CountsAsNonApproved = countsAsNonApproved;
        ImpliedMinutesPerUnit = impliedMinutesPerUnit;
    }

    /// <summary>The largest conversion factor accepted.</summary>
    public const decimal MaxFactor = 10_000m;

    /// <summary>The unit converted from.</summary>
    public CreditUnit From { get; }

    /// <summary>How many of the policy's units one unit of <see cref="From"/> is worth.</summary>
    public decimal Factor { get; }

    /// <summary>Whether converted credit never counts as approved.</summary>
    public bool CountsAsNonApproved { get; }

    /// <summary>The minutes one unit documents by definition, or null.</summary>
    public int? ImpliedMinutesPerUnit { get; }

    /// <summary>Converts an amount exactly (1.5 college credits at 15 points each are exactly 22.5 points).</summary>
    /// <param name="amount">The amount in <see cref="From"/>.</param>
    /// <returns>The amount in the policy's unit.</returns>
    /// <exception cref="OverflowException">The result is beyond <see cref="CreditAmount.MaxValue"/>.</exception>
    public CreditAmount Convert(CreditAmount amount)
    {
        if (Math.Abs(amount.Value * Factor) > CreditAmount.MaxValue.Value)
        {
            throw new OverflowException($"{amount} {From} converts to more than {CreditAmount.MaxValue}.");
        }
        return amount.Times((long)(Factor * 100m), 100);
    }
}

/// <summary>
/// The unit a policy counts in, and how credit stated in other units converts into it. A body takes
/// the lines an activity states in its own unit; only where there are none does it convert, from
/// the first unit in <see cref="Conversions"/> the activity states.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class UnitRule : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="unit">The unit the policy counts in.</param>
    /// <param name="conversions">The accepted conversions, in order of preference; none converting from <paramref name="unit"/>, no unit twice.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is the default value, or a conversion is null, repeats a unit or converts from <paramref name="unit"/>.</exception>
    public UnitRule(string ruleId, RuleSource source, CreditUnit unit, IEnumerable<UnitConversion> conversions)
        : base(ruleId, source)
    {
        Preconditions.CheckArgument(unit.Id is not null, "The unit must not be the default value.", nameof(unit));
        var list = Preconditions.CheckNotNull(conversions).ToImmutableArray();
        var seen = new HashSet<CreditUnit> { unit };
        foreach (var conversion in list)
        {
            Preconditions.CheckArgument(conversion is not null, "A conversion must not be null.", nameof(conversions));
            Preconditions.CheckArgument(seen.Add(conversion.From),
                $"The unit '{conversion.From}' is the policy's own unit or is converted twice.", nameof(conversions));
        }
        Unit = unit;
        Conversions = list;
    }

    /// <summary>The unit the policy counts in.</summary>
    public CreditUnit Unit { get; }

    /// <summary>
    /// The unit's name in words, plural, as people say it (for example "AAMA points"); used in
    /// explanations. Defaults to the unit's identifier.
    /// </summary>
    public string PluralName
    {
        get => pluralName ?? Unit.Id;
        init => pluralName = Preconditions.CheckNotBlank(value);
    }

    private readonly string? pluralName;

    /// <summary>The unit's name in words, singular (for example "AAMA point"). Defaults to <see cref="PluralName"/>.</summary>
    public string SingularName
    {
        get => singularName ?? PluralName;
        init => singularName = Preconditions.CheckNotBlank(value);
    }

    private readonly string? singularName;

    /// <summary>
    /// <see cref="PluralName"/> in other languages, by two-letter ISO 639-1 code (for example <c>es</c> →
    /// "puntos de seguridad"); empty by default. The explanation layer uses the name in the reader's language
    /// when it is here, and <see cref="PluralName"/> otherwise.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A language is not two lower-case letters, or a name is blank.</exception>
    public ImmutableSortedDictionary<string, string> PluralNameTranslations
    {
        get => pluralNameTranslations;
        init => pluralNameTranslations = CheckTranslations(value, nameof(PluralNameTranslations));
    }

    private readonly ImmutableSortedDictionary<string, string> pluralNameTranslations = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>
    /// <see cref="SingularName"/> in other languages, by two-letter ISO 639-1 code (for example <c>es</c> →
    /// "punto de seguridad"); empty by default. A language without a singular here uses its plural from
    /// <see cref="PluralNameTranslations"/>, and <see cref="SingularName"/> when it has neither.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A language is not two lower-case letters, or a name is blank.</exception>
    public ImmutableSortedDictionary<string, string> SingularNameTranslations
    {
        get => singularNameTranslations;
        init => singularNameTranslations = CheckTranslations(value, nameof(SingularNameTranslations));
    }

    private readonly ImmutableSortedDictionary<string, string> singularNameTranslations = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The unit's name in <paramref name="language"/> from the translations, or null when it has none there.</summary>
    /// <param name="language">A two-letter ISO 639-1 language code, for example <c>es</c>.</param>
    /// <param name="plural">Whether the plural is wanted.</param>
    /// <returns>The name, or null.</returns>
    public string? NameIn(string language, bool plural)
    {
        if (!plural && singularNameTranslations.TryGetValue(language, out var singular))
        {
            return singular;
        }
        return pluralNameTranslations.TryGetValue(language, out var name) ? name : null;
    }

    /// <summary>
    /// The grammatical gender of the unit's name in languages that have one, by two-letter ISO 639-1 code (for
    /// example <c>es</c> → <see cref="GrammaticalGender.Feminine"/> for "horas de seguridad"); empty by default.
    /// The explanation layer makes the words about an amount of the policy's unit agree with it ("aprobadas",
    /// "de las cuales"); a language not here takes the gender its resources give a built-in unit, else masculine.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A language is not two lower-case letters, or a gender is not defined.</exception>
    public ImmutableSortedDictionary<string, GrammaticalGender> Genders
    {
        get => genders;
        init
        {
            Preconditions.CheckNotNull(value);
            foreach (var (language, gender) in value)
            {
                Preconditions.CheckArgument(ExamRoute.IsLanguage(language) && gender is GrammaticalGender.Masculine or GrammaticalGender.Feminine,
                    $"'{language}' is not a two-letter lower-case language code with a gender.", nameof(Genders));
            }
            genders = value;
        }
    }

    private readonly ImmutableSortedDictionary<string, GrammaticalGender> genders = ImmutableSortedDictionary<string, GrammaticalGender>.Empty;

    /// <summary>The gender <see cref="Genders"/> gives the unit's name in <paramref name="language"/>, or null when it gives none.</summary>
    /// <param name="language">A two-letter ISO 639-1 language code, for example <c>es</c>.</param>
    /// <returns>The gender, or null.</returns>
    public GrammaticalGender? GenderIn(string language) => genders.TryGetValue(language, out var gender) ? gender : null;

    private static ImmutableSortedDictionary<string, string> CheckTranslations(ImmutableSortedDictionary<string, string> value, string name)
    {
        Preconditions.CheckNotNull(value, name);
        return Preconditions.CheckLanguageTexts(value, "name", name);
    }

    /// <summary>The accepted conversions, in order of preference.</summary>
    public ImmutableArray<UnitConversion> Conversions { get; }

    /// <summary>How a documented duration converts to the unit when an activity states no credit in it, or null when it does not.</summary>
    public DurationConversion? FromDuration { get; init; }

    /// <summary>The conversion from <paramref name="from"/>, or null when the policy has none.</summary>
    /// <param name="from">The unit to convert from.</param>
    /// <returns>The conversion, or null.</returns>
    public UnitConversion? ConversionFrom(CreditUnit from)
    {
        foreach (var conversion in Conversions)
        {
            if (conversion.From == from)
            {
                return conversion;
            }
        }
        return null;
    }
}

/// <summary>
/// How a body turns an activity's documented duration into its unit when the activity states no
/// credit the body reads: one unit per <see cref="MinutesPerUnit"/> minutes, in exact hundredths
/// rounded down (NHA: 2 documented hours make 1 credit, so 90 minutes make 0.75; NCCT: clock hours
/// are the real time spent).
/// </summary>
/// <remarks>The duration is preferred to a stated credit in another unit, since it is what these bodies count. This type is immutable and thread-safe.</remarks>
public sealed class DurationConversion : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="minutesPerUnit">The minutes that make one unit, 1 to 1,000,000.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not well formed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutesPerUnit"/> is out of range.</exception>
    public DurationConversion(string ruleId, RuleSource source, int minutesPerUnit)
        : base(ruleId, source)
    {
        Preconditions.CheckArgumentRange(minutesPerUnit, 1, 1_000_000);
        MinutesPerUnit = minutesPerUnit;
    }

    /// <summary>The minutes that make one unit.</summary>
    public int MinutesPerUnit { get; }

    /// <summary>The credit a duration earns, exactly: one unit per <see cref="MinutesPerUnit"/> minutes (100 minutes at one per 120 are 5/6 of a unit).</summary>
    /// <param name="minutes">The duration in minutes; not negative.</param>
    /// <returns>The credit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is negative.</exception>
    public CreditAmount Convert(int minutes)
    {
        Preconditions.CheckArgumentRange(minutes, 0, int.MaxValue);
        return CreditAmount.FromFraction(minutes, MinutesPerUnit);
    }
}
