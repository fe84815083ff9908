using System;
using System.Globalization;
using System.Resources;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Recommendations;

/// <summary>
/// The one place the recommendations package writes sentences: from a reason's code and typed
/// arguments, in the culture the caller passes (English, and Spanish for es-US), from the resources
/// <c>Resources/RecommendationWords*.resx</c>. Never the current culture implicitly.
/// </summary>
internal static class RecommendationWords
{
    private static readonly ResourceManager Resources = new("CeuRules.Recommendations.Resources.RecommendationWords", typeof(RecommendationWords).Assembly);

    /// <summary>The sentence for a reason.</summary>
    internal static string Reason(RecommendationReason reason, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(culture);
        string? template = Resources.GetString(reason.Code, culture);
        if (template is null)
        {
            return string.Format(culture, Resources.GetString("unknown", culture)!, reason.Code);
        }
        object?[] values = reason.Code switch
        {
            RecommendationCodes.AlreadyTaken => [reason.Argument("activity")],
            RecommendationCodes.RefusedByBody => [reason.Argument("credential"), reason.Argument("decision")],
            RecommendationCodes.NotApprovedCapReached => [reason.Argument("credential"), reason.Argument("limit")],
            RecommendationCodes.NotOptimal => [Resources.GetString("objective-" + reason.Argument("objective"), culture)],
            RecommendationCodes.Lapsed => [reason.Argument("credential"), reason.Argument("lastCeDay")],
            RecommendationCodes.Ineligible => [reason.Argument("credential")],
            RecommendationCodes.OutsideWindow => [reason.Argument("credential"), reason.Argument("start"), reason.Argument("end")],
            RecommendationCodes.CategoryNotSupplied => [reason.Argument("category"), reason.Argument("shortfall")],
            RecommendationCodes.ApprovedNotSupplied or RecommendationCodes.TotalNotSupplied => [reason.Argument("shortfall")],
            RecommendationCodes.NonApprovedCapReached => [reason.Argument("shortfall"), reason.Argument("limit")],
            _ => [],
        };
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Value(values[i], culture);
        }
        return string.Format(culture, template, values);
    }

    /// <summary>A value as a reader sees it: credit rounded up to the hundredth with its unit, dates as ISO dates.</summary>
    private static string Value(object? value, CultureInfo culture) => value switch
    {
        null => string.Empty,
        Credit credit => credit.Amount.RoundedUp.ToString(null, culture) + " " + credit.Unit.Id,
        LocalDate day => day.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture),
        Money money => money.Dollars.ToString("0.00", culture),
        IFormattable formattable => formattable.ToString(null, culture),
        _ => value.ToString() ?? string.Empty,
    };
}
