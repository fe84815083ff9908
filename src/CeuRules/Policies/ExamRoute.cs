using System;
using System.Collections.Immutable;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Policies;

/// <summary>
/// Recertification by exam: the number of attempts allowed before the person becomes ineligible and,
/// where the body sets them, the deadlines to apply and to pass without a lapse.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ExamRoute : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="maxAttempts">The attempts allowed; after that many failures the person is ineligible.</param>
    /// <param name="passBeforeExpiration">How long before expiration the exam must be passed to avoid a lapse.</param>
    /// <param name="applyBeforeExpiration">How long before expiration the application must arrive.</param>
    /// <param name="whenExhausted">What the person must do after the last failed attempt, in words.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A period is not positive, or <paramref name="whenExhausted"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is not positive.</exception>
    public ExamRoute(string ruleId, RuleSource source, int maxAttempts, Period passBeforeExpiration, Period applyBeforeExpiration, string whenExhausted)
        : base(ruleId, source)
    {
        Preconditions.CheckArgumentRange(maxAttempts, 1, 100);
        Preconditions.CheckNotNull(passBeforeExpiration);
        Preconditions.CheckNotNull(applyBeforeExpiration);
        Preconditions.CheckArgument(PeriodRules.IsPositiveDatePeriod(passBeforeExpiration), $"The period must be positive; was {passBeforeExpiration}.", nameof(passBeforeExpiration));
        Preconditions.CheckArgument(PeriodRules.IsPositiveDatePeriod(applyBeforeExpiration), $"The period must be positive; was {applyBeforeExpiration}.", nameof(applyBeforeExpiration));
        MaxAttempts = maxAttempts;
        PassBeforeExpiration = passBeforeExpiration;
        ApplyBeforeExpiration = applyBeforeExpiration;
        WhenExhausted = Preconditions.CheckNotBlank(whenExhausted);
    }

    /// <summary>Creates the rule for a route with a number of attempts and no deadlines before expiration.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="maxAttempts">The attempts allowed; after that many failures the person is ineligible.</param>
    /// <param name="whenExhausted">What the person must do after the last failed attempt, in words.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="whenExhausted"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is not from 1 to 100.</exception>
    public ExamRoute(string ruleId, RuleSource source, int maxAttempts, string whenExhausted)
        : base(ruleId, source)
    {
        Preconditions.CheckArgumentRange(maxAttempts, 1, 100);
        MaxAttempts = maxAttempts;
        WhenExhausted = Preconditions.CheckNotBlank(whenExhausted);
    }

    /// <summary>The attempts allowed.</summary>
    public int MaxAttempts { get; }

    /// <summary>How long before expiration the exam must be passed to avoid a lapse, or null when the body sets no such deadline.</summary>
    public Period? PassBeforeExpiration { get; }

    /// <summary>How long before expiration the application must arrive, or null when the body sets no such deadline.</summary>
    public Period? ApplyBeforeExpiration { get; }

    /// <summary>What the person must do after the last failed attempt, in English.</summary>
    public string WhenExhausted { get; }

    /// <summary>
    /// <see cref="WhenExhausted"/> in other languages, by two-letter ISO 639-1 code (for example <c>es</c>);
    /// empty by default. The explanation layer shows the text in the reader's language when it is here, and
    /// the English text otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">A language is not two lower-case letters, or a text is blank.</exception>
    public ImmutableSortedDictionary<string, string> WhenExhaustedTranslations
    {
        get => whenExhaustedTranslations;
        init
        {
            Preconditions.CheckNotNull(value);
            whenExhaustedTranslations = Preconditions.CheckLanguageTexts(value, "text", nameof(WhenExhaustedTranslations));
        }
    }

    private readonly ImmutableSortedDictionary<string, string> whenExhaustedTranslations = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Whether <paramref name="language"/> is a two-letter lower-case ISO 639-1 code, as <see cref="WhenExhaustedTranslations"/> is keyed.</summary>
    /// <param name="language">The code.</param>
    /// <returns>True for codes such as <c>es</c>.</returns>
    public static bool IsLanguage(string? language) => language is { Length: 2 } && language[0] is >= 'a' and <= 'z' && language[1] is >= 'a' and <= 'z';

    /// <summary>
    /// Whether the exam is a way back only once the credential has lapsed (past the last CE day), as for the
    /// NCMA after its loss; false (the default) when it also recertifies a current or expired credential, as
    /// for the CMA.
    /// </summary>
    public bool OnlyAfterLapse { get; init; }

    /// <summary>The last day to pass the exam without a lapse.</summary>
    /// <param name="expiration">The expiration date.</param>
    /// <returns>The last day, or null when the body sets no such deadline.</returns>
    public LocalDate? LastDayToPass(LocalDate expiration) => PassBeforeExpiration is null ? null : PeriodRules.MinusOrMin(expiration, PassBeforeExpiration);

    /// <summary>The last day for the exam application to arrive.</summary>
    /// <param name="expiration">The expiration date.</param>
    /// <returns>The last day, or null when the body sets no such deadline.</returns>
    public LocalDate? LastDayToApply(LocalDate expiration) => ApplyBeforeExpiration is null ? null : PeriodRules.MinusOrMin(expiration, ApplyBeforeExpiration);
}
