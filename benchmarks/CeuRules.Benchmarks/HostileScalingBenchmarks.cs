using System;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using CeuRules.Benchmarks.Baselines;
using CeuRules.Cli;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Model;

namespace CeuRules.Benchmarks;

/// <summary>
/// The three inputs an adversarial check found to grow quadratically, now linear or bounded: a
/// catalog validated with the text report, activities that share date, title and first amount but
/// differ in provider (duplicate detection), and certifications times activities (bounded by
/// <see cref="TranscriptJsonReader.MaxCertifications"/> and <see cref="TranscriptJsonReader.MaxEvaluatedPairs"/>). Each should cost in proportion to its size.
/// </summary>
[MemoryDiagnoser]
public class HostileScalingBenchmarks
{
    private readonly CertificationEvaluator evaluator = new();
    private string catalogFile = string.Empty;
    private Transcript sameButProvider = Transcript.Empty;
    private byte[] certificationsTimesActivities = [];

    /// <summary>The size: courses, activities, or activities beside the most certifications.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Size { get; set; }

    /// <summary>Builds the inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var courses = string.Join(",", Enumerable.Range(0, Size).Select(i =>
            // Compact, so that 100,000 courses fit in the 16 MiB a catalog may have.
            $$"""{"id":"c{{i}}","title":"C{{i}}","kind":"course","durationMinutes":60,"offers":[{"credential":"aama-cma","credits":[{"amount":1,"unit":"aama-point"}]}]}"""));
        catalogFile = Path.Combine(Path.GetTempPath(), $"ceurules-bench-catalog-{Size}.json");
        File.WriteAllText(catalogFile, $$"""{"vendor":"Bench","courses":[{{courses}}]}""");

        sameButProvider = new Transcript(Enumerable.Range(0, Size).Select(i =>
            new LearningActivity($"a{i}", LearningActivityKind.Course, CmaInputs.CertifiedOn.PlusDays(30))
            {
                Title = "Same title",
                Provider = $"Provider {i}",
                Credits = [new CreditLine(CreditAmount.FromUnits(1), CreditUnit.AamaPoint, Category.Clinical)],
            }));

        // As many certifications as the limits allow beside the activities: 20 up to 10,000 activities, 2 at 100,000.
        int most = Math.Min(TranscriptJsonReader.MaxCertifications, TranscriptJsonReader.MaxEvaluatedPairs / Size);
        var certifications = string.Join(",", Enumerable.Repeat("""{"credential":"aama-cma","certifiedOn":"2021-02-10"}""", most));
        var activities = string.Join(",", Enumerable.Range(0, Size).Select(i =>
            $$"""{"id":"a{{i}}","kind":"course","completedOn":"2022-03-01","credits":[{"amount":1,"unit":"aama-point"}]}"""));
        certificationsTimesActivities = Encoding.UTF8.GetBytes($$"""{"asOf":"2025-11-23","certifications":[{{certifications}}],"activities":[{{activities}}]}""");
    }

    /// <summary>Removes the catalog file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(catalogFile);

    /// <summary><c>ceurules validate-catalog</c> with the text report (the default), to a null writer.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark]
    public int ValidateCatalogText() => CliApp.Run(["validate-catalog", catalogFile, "--as-of", "2025-11-23"], TextWriter.Null, TextWriter.Null);

    /// <summary>Evaluates activities that share date, title and first amount but differ in provider.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark]
    public CertificationEvaluation DuplicateDetectionByProvider() =>
        evaluator.Evaluate(new Certification(Credential.AamaCma, CmaInputs.CertifiedOn), sameButProvider, CmaInputs.AsOf);

    /// <summary>Reads a document with the most certifications and writes every evaluation as JSON.</summary>
    /// <returns>The length of the JSON written.</returns>
    [Benchmark]
    public long CertificationsTimesActivities()
    {
        var read = TranscriptJsonReader.Read(certificationsTimesActivities);
        var document = read.Document!;
        using var sink = new CountingStream();
        EvaluationJsonWriter.Write(document.AsOf!.Value, document.Certifications.Select(c => evaluator.Evaluate(c, document.Transcript, document.AsOf!.Value)), read.Findings, sink);
        return sink.Length;
    }

    /// <summary>Counts what is written and keeps nothing.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;
    }
}
