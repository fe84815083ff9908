using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using CeuRules.Benchmarks.Baselines;
using CeuRules.Json;
using CeuRules.Model;
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
        var random = new Random(CmaInputs.Seed);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var newline = Encoding.UTF8.GetBytes("\n");
        for (int p = 0; p < count; p++)
        {
            var start = new LocalDate(2019, 1, 1).PlusDays(random.Next(0, 6 * 365));
            var certification = new Certification(Credential.AamaCma, start) { IsMember = random.Next(2) == 0 };
            var transcript = CmaInputs.Transcript(random, start, random.Next(5, 40));
            var document = new TranscriptDocument(null, [certification], transcript) { PersonId = "E" + p.ToString("D7", CultureInfo.InvariantCulture) };
            // The documented writer indents; a JSON Lines file needs each document on one line.
            stream.Write(Encoding.UTF8.GetBytes(JsonNode.Parse(TranscriptJsonWriter.Write(document))!.ToJsonString()));
            stream.Write(newline);
        }
    }
}
