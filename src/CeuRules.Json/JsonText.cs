using System.Globalization;
using System.Text.Json;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Json;

/// <summary>Small helpers shared by the writers: dates as YYYY-MM-DD, exact amounts without trailing zeros.</summary>
internal static class JsonText
{
    internal static readonly JsonWriterOptions Indented = new() { Indented = true };

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    internal static void Date(Utf8JsonWriter writer, string name, LocalDate date) => writer.WriteString(name, Iso(date));

    internal static void Date(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } value)
        {
            Date(writer, name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static void Amount(Utf8JsonWriter writer, string name, CreditAmount amount)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(amount.ToString(), skipInputValidation: true);
    }

    internal static void Dollars(Utf8JsonWriter writer, string name, Money money)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(money.Dollars.ToString("0.##", CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
