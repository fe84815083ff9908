using System;
using BenchmarkDotNet.Attributes;
using CeuRules.Benchmarks.Baselines;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Model;

namespace CeuRules.Benchmarks;

/// <summary>
/// Reading and evaluating documents toward the reader's limits (16 MiB, 100,000 activities; about
/// 60,000 generated activities fit in 16 MiB written compactly): the cost should grow in proportion to
/// the size.
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private readonly CertificationEvaluator evaluator = new();
    private byte[] document = [];

    /// <summary>The number of activities in the document.</summary>
    [Params(1_000, 10_000, 50_000)]
    public int Activities { get; set; }

    /// <summary>Writes the document from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var start = CmaInputs.CertifiedOn;
        var transcript = CmaInputs.Transcript(new Random(CmaInputs.Seed), start, Activities);
        var written = TranscriptJsonWriter.Write(new TranscriptDocument(CmaInputs.AsOf,
            [new Certification(Credential.AamaCma, start)], transcript));
        // Compact, as exports usually are: the documented writer indents.
        document = System.Text.Encoding.UTF8.GetBytes(System.Text.Json.Nodes.JsonNode.Parse(written)!.ToJsonString());
    }

    /// <summary>Reads the document.</summary>
    /// <returns>The read result.</returns>
    [Benchmark(Baseline = true)]
    public TranscriptReadResult Read() => TranscriptJsonReader.Read(document);

    /// <summary>Reads the document and evaluates its certification.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark]
    public CertificationEvaluation ReadAndEvaluate()
    {
        var read = TranscriptJsonReader.Read(document);
        var parsed = read.Document!;
        return evaluator.Evaluate(parsed.Certifications[0], parsed.Transcript, parsed.AsOf!.Value);
    }
}
