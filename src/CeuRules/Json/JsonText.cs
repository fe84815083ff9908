using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Json;

/// <summary>Small helpers shared by the writers: dates as YYYY-MM-DD, exact amounts without trailing zeros, rule sources.</summary>
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

    /// <summary>The next step's members that the result and the workforce rows share: <c>action</c>, <c>by</c>, <c>daysFromAsOf</c>, <c>route</c> and <c>code</c>.</summary>
    internal static void NextStepMembers(Utf8JsonWriter writer, NextStep step)
    {
        writer.WriteString("action", step.Action.ToId());
        Date(writer, "by", step.By);
        if (step.DaysFromAsOf is { } days)
        {
            writer.WriteNumber("daysFromAsOf", days);
        }
        else
        {
            writer.WriteNull("daysFromAsOf");
        }
        Route(writer, "route", step.Route);
        writer.WriteString("code", step.Code);
    }

    /// <summary>A route's id, or null.</summary>
    internal static void Route(Utf8JsonWriter writer, string name, RecertificationRoute? route)
    {
        if (route is { } value)
        {
            writer.WriteString(name, value.ToId());
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>
    /// Writes an amount as a JSON number in hundredths (rounded half away from zero where the exact amount
    /// is a fraction a decimal cannot hold, such as 5/6 of a credit) and, in that case only, the exact
    /// amount as a fraction of a unit in a sibling field named <c>{name}Exact</c> (for example "5/6").
    /// </summary>
    internal static void Amount(Utf8JsonWriter writer, string name, CreditAmount amount)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(amount.ToString(), skipInputValidation: true);
        if (!amount.IsWholeHundredths)
        {
            writer.WriteString(name + "Exact", Fraction(amount));
        }
    }

    /// <summary>Writes what a person must still earn: rounded up to the hundredth, so never less than the exact need; the exact amount beside it as for <see cref="Amount"/>.</summary>
    internal static void Need(Utf8JsonWriter writer, string name, CreditAmount amount)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(amount.RoundedUp.ToString(), skipInputValidation: true);
        if (!amount.IsWholeHundredths)
        {
            writer.WriteString(name + "Exact", Fraction(amount));
        }
    }

    /// <summary>An exact amount as a reduced fraction of a unit, for example "5/6" or "121/12".</summary>
    internal static string Fraction(CreditAmount amount)
    {
        long numerator = amount.Parts;
        long denominator = 100L * amount.PartsPerHundredth;
        long gcd = (long)System.Numerics.BigInteger.GreatestCommonDivisor(numerator, denominator);
        return FormattableString.Invariant($"{numerator / gcd}/{denominator / gcd}");
    }

    /// <summary>
    /// Writes "sources": the rule's first source and its further sources, each an object with every field
    /// (null or false where the source has none), so that a reader of results sees one shape.
    /// </summary>
    internal static void Sources(Utf8JsonWriter writer, RuleSource source)
    {
        writer.WriteStartArray("sources");
        SourceObject(writer, source);
        foreach (var further in source.FurtherSources)
        {
            SourceObject(writer, further);
        }
        writer.WriteEndArray();
    }

    private static void SourceObject(Utf8JsonWriter writer, RuleSource source)
    {
        writer.WriteStartObject();
        writer.WriteString("citation", source.Citation);
        writer.WriteString("url", source.Url?.OriginalString);
        writer.WriteString("document", source.Document);
        writer.WriteString("revision", source.Revision);
        writer.WriteString("authority", source.Authority?.ToId());
        writer.WriteBoolean("confirmed", source.Confirmed);
        writer.WriteBoolean("superseded", source.Superseded);
        writer.WriteString("note", source.Note);
        writer.WriteEndObject();
    }

    /// <summary>Writes findings in the one finding shape of every document: code, severity, path, message and, when there are any, arguments.</summary>
    internal static void Findings(Utf8JsonWriter writer, string name, IEnumerable<Finding> findings)
    {
        writer.WriteStartArray(name);
        foreach (var finding in findings)
        {
            ArgumentNullException.ThrowIfNull(finding, nameof(findings));
            writer.WriteStartObject();
            writer.WriteString("code", finding.Code);
            writer.WriteString("severity", finding.SeverityId);
            writer.WriteString("path", finding.Path);
            writer.WriteString("message", finding.Message);
            if (finding.Arguments.Count > 0)
            {
                writer.WriteStartObject("arguments");
                foreach (var (key, value) in finding.Arguments)
                {
                    writer.WriteString(key, value);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    internal static void Dollars(Utf8JsonWriter writer, string name, Money money)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(money.Dollars.ToString("0.##", CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
