using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace CeuRules.Benchmarks;

/// <summary>Writes a JSON Lines workforce (one person per line) from a fixed seed, for measuring <c>ceurules batch</c>.</summary>
public static class WorkforceFile
{
    /// <summary>Writes <paramref name="count"/> people to <paramref name="path"/>.</summary>
    /// <param name="count">How many people.</param>
    /// <param name="path">The file to write.</param>
    public static void Write(int count, string path)
    {
        var random = new Random(20261123);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var newline = Encoding.UTF8.GetBytes("\n");
        for (int p = 0; p < count; p++)
        {
            var start = new LocalDate(2019, 1, 1).PlusDays(random.Next(0, 6 * 365));
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("personId", "E" + p.ToString("D7", CultureInfo.InvariantCulture));
                writer.WriteStartArray("certifications");
                writer.WriteStartObject();
                writer.WriteString("credential", "aama-cma");
                writer.WriteString("certifiedOn", Iso(start));
                writer.WriteBoolean("member", random.Next(2) == 0);
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartArray("activities");
                foreach (var activity in EvaluationBenchmarks.Transcript(random, start, random.Next(5, 40)))
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", activity.Id);
                    if (activity.Title is not null)
                    {
                        writer.WriteString("title", activity.Title);
                    }
                    writer.WriteString("kind", activity.Kind.Id);
                    writer.WriteString("completedOn", Iso(activity.CompletedOn));
                    if (activity.DurationMinutes is { } minutes)
                    {
                        writer.WriteNumber("durationMinutes", minutes);
                    }
                    if (activity.ValidMonths is { } months)
                    {
                        writer.WriteNumber("validMonths", months);
                    }
                    writer.WriteStartArray("credits");
                    foreach (var line in activity.Credits)
                    {
                        writer.WriteStartObject();
                        writer.WriteNumber("amount", line.Amount.Value);
                        writer.WriteString("unit", line.Unit.Id);
                        if (line.Category is { } category)
                        {
                            writer.WriteString("category", category.Id);
                        }
                        writer.WriteStartArray("approvedBy");
                        foreach (var body in line.ApprovedBy)
                        {
                            writer.WriteStringValue(body);
                        }
                        writer.WriteEndArray();
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            stream.Write(newline);
        }
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
