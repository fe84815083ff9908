namespace CeuRules.Catalogs;

/// <summary>
/// The stable codes of <see cref="Finding"/>, as documented in docs/vendors.md. A code never
/// changes meaning; new checks get new codes.
/// </summary>
public static class CatalogFindingCodes
{
    /// <summary>Error: two courses share an id.</summary>
    public const string DuplicateCourseId = "duplicate-course-id";

    /// <summary>Error: a course's duration is zero or negative.</summary>
    public const string InvalidDuration = "invalid-duration";

    /// <summary>Error: a course lasts more than <see cref="CatalogValidator.MaxPlausibleMinutes"/> minutes.</summary>
    public const string AbsurdDuration = "absurd-duration";

    /// <summary>Warning: a course with offers states no duration, so its credit cannot be checked.</summary>
    public const string MissingDuration = "missing-duration";

    /// <summary>Error: the content areas' minutes do not add up to the duration.</summary>
    public const string ContentMinutesMismatch = "content-minutes-mismatch";

    /// <summary>Error: a content area's category appears twice in one course.</summary>
    public const string DuplicateContentArea = "duplicate-content-area";

    /// <summary>Warning: a course offers credit to no credential.</summary>
    public const string NoOffers = "no-offers";

    /// <summary>Error: a course offers credit to the same credential twice.</summary>
    public const string DuplicateOffer = "duplicate-offer";

    /// <summary>Error: an offer names a credential no policy defines.</summary>
    public const string UnknownCredential = "unknown-credential";

    /// <summary>Error: the body does not accept the course's kind (a CPR course offered to the NCCT).</summary>
    public const string KindNotAccepted = "kind-not-accepted";

    /// <summary>Error: a self-study course offered to a body with a completion rule states no completion period.</summary>
    public const string MissingCompletionPeriod = "missing-completion-period";

    /// <summary>Error: a self-study course gives longer to complete than the body counts.</summary>
    public const string CompletionPeriodTooLong = "completion-period-too-long";

    /// <summary>Warning: an offer states no credit line.</summary>
    public const string EmptyOffer = "empty-offer";

    /// <summary>Error: a CPR card's validity is not the one the body values (AAMA: 24 months).</summary>
    public const string CprValidity = "cpr-validity";

    /// <summary>Error: a CPR course claims other than the body's value of a card (AAMA: 4 clinical points).</summary>
    public const string CprCredit = "cpr-credit";

    /// <summary>Warning: a line claims 0.</summary>
    public const string ZeroAmount = "zero-amount";

    /// <summary>Error: a line claims more than <see cref="CatalogValidator.MaxPlausibleCredit"/>.</summary>
    public const string AbsurdAmount = "absurd-amount";

    /// <summary>Error: a line claims approval without an approval reference.</summary>
    public const string ApprovalWithoutReference = "approval-without-reference";

    /// <summary>Error: a line's unit is neither the body's unit nor one it converts.</summary>
    public const string UnknownUnit = "unknown-unit";

    /// <summary>Info: a line's unit is converted by the body; stating the body's unit is exact.</summary>
    public const string ConvertedUnit = "converted-unit";

    /// <summary>Error: a line names a category the body does not have.</summary>
    public const string UnknownCategory = "unknown-category";

    /// <summary>Error: a line names no category where the body requires one (AAMA).</summary>
    public const string MissingCategory = "missing-category";

    /// <summary>Info: a line names a category for a body without categories; it is ignored.</summary>
    public const string CategoryIgnored = "category-ignored";

    /// <summary>Info: the content areas imply another category than the line claims.</summary>
    public const string ImpliedCategory = "implied-category";

    /// <summary>Error: the credit claimed exceeds what the duration supports under the body's unit rule.</summary>
    public const string CreditExceedsDuration = "credit-exceeds-duration";

    /// <summary>Warning: approved credit exceeds what the duration supports (the approving body assigned it).</summary>
    public const string ApprovedCreditExceedsDuration = "approved-credit-exceeds-duration";

    /// <summary>Error: non-approved credit on a course shorter than the body's minimum (AAMA: 50 minutes).</summary>
    public const string TooShort = "too-short";

    /// <summary>Info: the body's policy states no minutes per unit, so credit is not checked against the duration.</summary>
    public const string DurationNotChecked = "duration-not-checked";
}
