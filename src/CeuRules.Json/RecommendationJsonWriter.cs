using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Model;
using CeuRules.Recommendations;
using NodaTime;

namespace CeuRules.Json;

/// <summary>
/// Writes a <see cref="Recommendation"/> as the JSON of docs/recommendations.md (schema
/// <c>recommendation</c> in docs/schemas, <see cref="JsonSchemas.Recommendation"/>), with each reason's
/// <c>message</c> worded by <see cref="Explainer.Reason(RecommendationReason)"/> in the culture asked for.
/// Amounts are written as the evaluation JSON writes them: hundredths, with a sibling <c>{name}Exact</c>
/// fraction when the exact amount is not a whole number of hundredths; money in dollars.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class RecommendationJsonWriter
{
    /// <summary>Writes a recommendation to a stream as indented UTF-8 JSON, with messages in <paramref name="culture"/>.</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="stream">The stream; not closed.</param>
    /// <param name="culture">The culture of the <c>message</c> fields, by the rule of <see cref="Explainer.For(CultureInfo)"/> (English or Spanish); null for en-US. Never the current culture.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recommendation"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(Recommendation recommendation, Stream stream, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(stream);
        var words = culture is null ? Explainer.English : Explainer.For(culture);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("asOf", Iso(recommendation.AsOf));
        writer.WriteString("objective", ObjectiveId(recommendation.Objective));
        writer.WriteString("status", StatusId(recommendation.Status));
        writer.WriteBoolean("optimal", recommendation.IsOptimal);
        Dollars(writer, "totalCost", recommendation.TotalCost);
        writer.WriteNumber("totalMinutes", recommendation.TotalMinutes);

        writer.WriteStartArray("courses");
        foreach (var course in recommendation.Courses)
        {
            writer.WriteStartObject();
            writer.WriteString("vendor", course.Vendor);
            writer.WriteString("id", course.CourseId);
            writer.WriteString("title", course.Title);
            writer.WriteString("kind", course.Kind.Id);
            Price(writer, course.Price);
            Minutes(writer, course.DurationMinutes);
            writer.WriteStartArray("earns");
            foreach (var earned in course.Earns)
            {
                writer.WriteStartObject();
                writer.WriteString("credential", earned.Credential.Id);
                writer.WriteString("requirement", earned.RequirementId);
                writer.WriteStartArray("countsToward");
                foreach (var id in earned.CountsToward)
                {
                    writer.WriteStringValue(id);
                }
                writer.WriteEndArray();
                Amount(writer, "amount", earned.Amount, roundUp: false);
                writer.WriteString("unit", earned.Unit.Id);
                writer.WriteString("category", earned.Category?.Id);
                writer.WriteBoolean("approved", earned.Approved);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("certifications");
        foreach (var outlook in recommendation.Certifications)
        {
            writer.WriteStartObject();
            writer.WriteString("credential", outlook.Credential.Id);
            writer.WriteString("statusBefore", outlook.StatusBefore.ToId());
            writer.WriteString("statusAfter", outlook.StatusAfter.ToId());
            writer.WriteBoolean("becomesCurrent", outlook.BecomesCurrent);
            if (outlook.Reason is { } why)
            {
                Reason(writer, why, words);
            }
            writer.WriteStartArray("uncovered");
            foreach (var uncovered in outlook.Uncovered)
            {
                writer.WriteStartObject();
                writer.WriteString("requirement", uncovered.RequirementId);
                Amount(writer, "shortfall", uncovered.Shortfall, roundUp: true);
                writer.WriteString("unit", uncovered.Unit.Id);
                Reason(writer, uncovered.Reason, words);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("alternatives");
        foreach (var alternative in recommendation.Alternatives)
        {
            writer.WriteStartObject();
            writer.WriteString("vendor", alternative.Vendor);
            writer.WriteString("id", alternative.CourseId);
            writer.WriteString("title", alternative.Title);
            Price(writer, alternative.Price);
            Minutes(writer, alternative.DurationMinutes);
            Reason(writer, alternative.Reason, words);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        JsonText.Findings(writer, "findings", recommendation.Findings);
        writer.WriteEndObject();
    }

    /// <summary>The JSON of a recommendation as a string.</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="culture">The culture of the messages; null for en-US.</param>
    /// <returns>The indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recommendation"/> is null.</exception>
    public static string ToJson(Recommendation recommendation, CultureInfo? culture = null)
    {
        using var buffer = new MemoryStream();
        Write(recommendation, buffer, culture);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The contract's id of an objective: cost, time or courses.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The id.</returns>
    public static string ObjectiveId(RecommendationObjective objective) => objective switch
    {
        RecommendationObjective.Time => "time",
        RecommendationObjective.Courses => "courses",
        _ => "cost",
    };

    /// <summary>The contract's id of a solve status: optimal, feasible, nothing-needed or unknown.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The id.</returns>
    public static string StatusId(RecommendationSolveStatus status) => status switch
    {
        RecommendationSolveStatus.Optimal => "optimal",
        RecommendationSolveStatus.Feasible => "feasible",
        RecommendationSolveStatus.NothingNeeded => "nothing-needed",
        _ => "unknown",
    };

    private static void Reason(Utf8JsonWriter writer, RecommendationReason reason, Explainer words)
    {
        writer.WriteStartObject("reason");
        writer.WriteString("code", reason.Code);
        writer.WriteStartObject("arguments");
        foreach (var argument in reason.Arguments)
        {
            switch (argument.Value)
            {
                case Credit credit:
                    writer.WriteStartObject(argument.Name);
                    Amount(writer, "amount", credit.Amount, roundUp: true);
                    writer.WriteString("unit", credit.Unit.Id);
                    writer.WriteEndObject();
                    break;
                case Credential credential:
                    writer.WriteString(argument.Name, credential.Id);
                    break;
                case Category category:
                    writer.WriteString(argument.Name, category.Id);
                    break;
                case LocalDate day:
                    writer.WriteString(argument.Name, Iso(day));
                    break;
                case int number:
                    writer.WriteNumber(argument.Name, number);
                    break;
                case bool flag:
                    writer.WriteBoolean(argument.Name, flag);
                    break;
                case Period period:
                    writer.WriteString(argument.Name, NodaTime.Text.PeriodPattern.NormalizingIso.Format(period));
                    break;
                default:
                    writer.WriteString(argument.Name, Convert.ToString(argument.Value, CultureInfo.InvariantCulture));
                    break;
            }
        }
        writer.WriteEndObject();
        writer.WriteString("message", words.Reason(reason));
        writer.WriteEndObject();
    }

    /// <summary>An amount in hundredths (a need rounded up, so never less than the exact need), with the exact fraction beside it when it is not whole hundredths.</summary>
    private static void Amount(Utf8JsonWriter writer, string name, CreditAmount amount, bool roundUp)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue((roundUp ? amount.RoundedUp : amount).ToString(), skipInputValidation: true);
        if (!amount.IsWholeHundredths)
        {
            long numerator = amount.Parts;
            long denominator = 100L * amount.PartsPerHundredth;
            long gcd = (long)System.Numerics.BigInteger.GreatestCommonDivisor(numerator, denominator);
            writer.WriteString(name + "Exact", FormattableString.Invariant($"{numerator / gcd}/{denominator / gcd}"));
        }
    }

    private static void Price(Utf8JsonWriter writer, Money? price)
    {
        if (price is { } money)
        {
            Dollars(writer, "price", money);
        }
        else
        {
            writer.WriteNull("price");
        }
    }

    private static void Minutes(Utf8JsonWriter writer, int? minutes)
    {
        if (minutes is { } value)
        {
            writer.WriteNumber("durationMinutes", value);
        }
        else
        {
            writer.WriteNull("durationMinutes");
        }
    }

    private static void Dollars(Utf8JsonWriter writer, string name, Money money)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(money.Dollars.ToString("0.##", CultureInfo.InvariantCulture), skipInputValidation: true);
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}
