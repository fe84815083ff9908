using System;
using System.Globalization;
using System.Text.Json;
using CeuRules.Model;
using NodaTime;
using NodaTime.Text;

using static CeuRules.Json.JsonWords;

namespace CeuRules.Json;

/// <summary>The value readers of the policy file: each reports its own findings and returns null on error.</summary>
internal sealed partial class PolicyReader
{
    /// <summary>The largest amount of credit a policy may state (a minimum, a cap, a card's credit).</summary>
    internal const decimal MaxAmount = 1_000_000m;

    /// <summary>The largest fee a policy may state, in dollars.</summary>
    internal const decimal MaxDollars = 1_000_000m;

    private const int MaxYears = 100;
    private const int MaxMonths = 1_200;
    private const int MaxWeeks = 5_200;
    private const int MaxDays = 36_500;

    /// <summary>An amount limit as a finding's argument.</summary>
    private static string Amount(decimal limit) => limit.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reports fields repeated or not part of the format.</summary>
    private void Fields(JsonElement element, string prefix, string[] known)
    {
        findings.Fields(element, prefix, known);
    }

    /// <summary>The value of a field, or null when it is absent or JSON null; reports a required one missing.</summary>
    private JsonElement? Value(JsonElement element, string name, string path, bool required, string? what = null)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }
        if (required)
        {
            findings.Error(FindingCodes.MissingField, Field(path, name), ("expected", "value"));
        }
        return null;
    }

    private JsonElement? Object(JsonElement element, string name, string path, bool required, string? what = null)
    {
        if (Value(element, name, path, required, what) is not { } value)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            findings.Error(FindingCodes.WrongType, Field(path, name), ("value", Raw(value)), ("type", Kind(value)), ("expected", "object"));
            return null;
        }
        return value;
    }

    /// <summary>An array field, checked against <see cref="PolicyJsonReader.MaxArrayItems"/>.</summary>
    private JsonElement? ArrayField(JsonElement element, string name, string path, bool required)
    {
        if (Value(element, name, path, required) is not { } value)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            findings.Error(FindingCodes.WrongType, Field(path, name), ("value", Raw(value)), ("type", Kind(value)), ("expected", "array"));
            return null;
        }
        if (value.GetArrayLength() > PolicyJsonReader.MaxArrayItems)
        {
            findings.Error(FindingCodes.TooManyItems, Field(path, name), ("count", JsonWords.Number(value.GetArrayLength())), ("limit", JsonWords.Number(PolicyJsonReader.MaxArrayItems)));
            return null;
        }
        return value;
    }

    private string? Text(JsonElement element, string name, string path, bool required)
    {
        if (Value(element, name, path, required) is not { } value)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            findings.Error(FindingCodes.WrongType, Field(path, name), ("value", Raw(value)), ("type", Kind(value)), ("expected", "string"));
            return null;
        }
        return CheckText(value.GetString()!, Field(path, name), name);
    }

    private string? CheckText(string text, string path, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            findings.Error(FindingCodes.MissingField, path, ("expected", "text"));
            return null;
        }
        if (text.Length > PolicyJsonReader.MaxTextLength)
        {
            findings.Error(FindingCodes.TextTooLong, path, ("length", JsonWords.Number(text.Length)), ("limit", JsonWords.Number(PolicyJsonReader.MaxTextLength)));
            return null;
        }
        return text;
    }

    /// <summary>A well-formed identifier: 1 to 64 lower-case ASCII letters, digits, '-', '.', ':' or '_'.</summary>
    private string? Id(JsonElement element, string name, string path, bool required, string what)
    {
        if (Value(element, name, path, required) is not { } value)
        {
            return null;
        }
        return IdValue(value, Field(path, name), what);
    }

    private string? IdValue(JsonElement value, string path, string what)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            findings.Error(FindingCodes.WrongType, path, ("value", Raw(value)), ("type", Kind(value)), ("expected", "string"));
            return null;
        }
        string id = value.GetString()!;
        if (!CreditUnit.IsValidId(id))
        {
            findings.Error(FindingCodes.InvalidId, path, ("value", Truncate(id)), ("what", what == "kind of activity" ? "kind" : what));
            return null;
        }
        return id;
    }

    /// <summary>One of a documented set of kebab-case values; returns its index in <paramref name="values"/>.</summary>
    private int? Choice(JsonElement element, string name, string path, bool required, string[] values, string what)
    {
        if (Value(element, name, path, required, $"expected one of {string.Join(", ", values)}") is not { } value)
        {
            return null;
        }
        string fieldPath = Field(path, name);
        if (value.ValueKind != JsonValueKind.String)
        {
            findings.Error(FindingCodes.WrongType, fieldPath, ("value", Raw(value)), ("type", Kind(value)), ("expected", "string"));
            return null;
        }
        string text = value.GetString()!;
        int index = Array.IndexOf(values, text);
        if (index < 0)
        {
            findings.Error(FindingCodes.UnknownValue, fieldPath, ("value", Truncate(text)), ("known", string.Join(", ", values)));
            return null;
        }
        return index;
    }

    private bool? Bool(JsonElement element, string name, string path, bool defaultValue = true)
    {
        if (Value(element, name, path, required: false) is not { } value)
        {
            return defaultValue;
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }
        findings.Error(FindingCodes.WrongType, Field(path, name), ("value", Raw(value)), ("type", Kind(value)), ("expected", "boolean"));
        return null;
    }

    private int? Int(JsonElement element, string name, string path, bool required, int min, int max)
    {
        if (Value(element, name, path, required) is not { } value)
        {
            return null;
        }
        string fieldPath = Field(path, name);
        return findings.WholeNumber(value, fieldPath, min, max);
    }

    /// <summary>An exact decimal number with at most two decimals, from 0 (or above it when <paramref name="positive"/>) to <paramref name="max"/>.</summary>
    private decimal? Decimal(JsonElement element, string name, string path, bool required, bool positive, decimal max)
    {
        if (Value(element, name, path, required) is not { } value)
        {
            return null;
        }
        string fieldPath = Field(path, name);
        if (value.ValueKind != JsonValueKind.Number)
        {
            findings.Error(FindingCodes.WrongType, fieldPath, ("value", Raw(value)), ("type", Kind(value)), ("expected", "number"));
            return null;
        }
        if (!TryGetDecimal(value, out decimal number, out bool exact))
        {
            findings.Error(FindingCodes.InvalidAmount, fieldPath, ("value", Raw(value)), ("limit", Amount(max)));
            return null;
        }
        if (!exact)
        {
            findings.Error(FindingCodes.OverPreciseAmount, fieldPath, ("value", Raw(value)));
            return null;
        }
        if (number < 0)
        {
            findings.Error(FindingCodes.NegativeAmount, fieldPath, ("value", Raw(value)));
            return null;
        }
        // Checked before the precision, whose scaling by 100 would overflow for the largest decimals.
        if (number > max)
        {
            findings.Error(FindingCodes.InvalidAmount, fieldPath, ("value", Raw(value)), ("limit", Amount(max)));
            return null;
        }
        if (number * 100m != decimal.Truncate(number * 100m))
        {
            findings.Error(FindingCodes.OverPreciseAmount, fieldPath, ("value", Raw(value)));
            return null;
        }
        if (positive && number == 0)
        {
            findings.Error(FindingCodes.OutOfRange, fieldPath, ("value", Raw(value)), ("min", "0.01"), ("max", Amount(max)));
            return null;
        }
        return number;
    }

    private CreditAmount? Amount(JsonElement element, string name, string path, bool required, bool positive) =>
        Decimal(element, name, path, required, positive, MaxAmount) is { } value ? CreditAmount.FromDecimal(value) : null;

    private Money? Dollars(JsonElement element, string name, string path, bool required) =>
        Decimal(element, name, path, required, positive: false, MaxDollars) is { } value ? Money.FromCents((long)(value * 100m)) : null;

    private LocalDate? Date(JsonElement element, string name, string path, bool required)
    {
        if (Value(element, name, path, required) is not { } value)
        {
            return null;
        }
        return JsonWords.Date(value, Field(path, name), findings);
    }

    /// <summary>An ISO-8601 period of years, months, weeks or days only, positive and bounded, for example "P3Y", "P60M" or "P90D".</summary>
    private Period? PeriodValue(JsonElement element, string name, string path, bool required)
    {
        if (Value(element, name, path, required, "expected an ISO-8601 period such as \"P3Y\", \"P60M\" or \"P90D\"") is not { } value)
        {
            return null;
        }
        string fieldPath = Field(path, name);
        if (value.ValueKind != JsonValueKind.String)
        {
            findings.Error(FindingCodes.WrongType, fieldPath, ("value", Raw(value)), ("type", Kind(value)), ("expected", "period"));
            return null;
        }
        string text = value.GetString()!;
        var parsed = PeriodPattern.Roundtrip.Parse(text);
        if (!parsed.Success || parsed.Value.HasTimeComponent)
        {
            findings.Error(FindingCodes.NotAPeriod, fieldPath, ("value", Truncate(text)));
            return null;
        }
        var period = parsed.Value;
        if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0 || period.Normalize().Equals(Period.Zero))
        {
            findings.Error(FindingCodes.NotAPeriod, fieldPath, ("value", Truncate(text)));
            return null;
        }
        if (period.Years > MaxYears || period.Months > MaxMonths || period.Weeks > MaxWeeks || period.Days > MaxDays)
        {
            findings.Error(FindingCodes.OutOfRange, fieldPath, ("value", Truncate(text)), ("min", "P1D"), ("max", $"P{JsonWords.Number(MaxYears)}Y"));
            return null;
        }
        return period;
    }




}
