using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CeuRules.Web.Services;

/// <summary>Dates as the date inputs and the JSON formats write them (ISO, yyyy-MM-dd).</summary>
internal static class Dates
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    internal static string ToIso(LocalDate date) => Iso.Format(date);

    /// <summary>The date of a date input, or null when it is empty or not a date.</summary>
    internal static LocalDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var result = Iso.Parse(text.Trim());
        return result.Success ? result.Value : null;
    }

    /// <summary>A number typed in a number input, or null.</summary>
    internal static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;
}
