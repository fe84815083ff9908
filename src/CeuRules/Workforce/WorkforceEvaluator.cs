using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Workforce;

/// <summary>
/// Evaluates a workforce on several cores. One family of methods, by how the people come and what is kept:
/// <list type="bullet">
/// <item><see cref="Evaluate"/>: one person.</item>
/// <item><see cref="EvaluateAll"/>: people already in memory, every evaluation returned at once, in the order given, with a warning for a repeated id.</item>
/// <item><see cref="EvaluateInOrder"/>: a sequence of people, each evaluation yielded in input order; memory bounded by a batch.</item>
/// <item><see cref="EvaluateInOrderAsync(IAsyncEnumerable{Person}, LocalDate, CancellationToken)"/>: people as they arrive, each evaluation yielded in input order; memory bounded by the people in flight.</item>
/// <item><see cref="EvaluateInOrderAsync{TInput}"/>: the workforce pipeline every face reads, from input lines to one <see cref="WorkforceRow"/> per line.</item>
/// <item><see cref="Summarize"/>: prepared evaluations summarized into a buffer, allocating nothing per summary.</item>
/// </list>
/// Every method over many people takes a <see cref="CancellationToken"/> and stops between people when it is cancelled.
/// </summary>
/// <remarks>An instance is immutable and safe to share across threads; each call is independent.</remarks>
public sealed class WorkforceEvaluator
{
    /// <summary>Creates a workforce evaluator.</summary>
    /// <param name="evaluator">The evaluator of one certification.</param>
    /// <param name="maxDegreeOfParallelism">How many people are evaluated at once; defaults to the number of processors.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1 or above 1024.</exception>
    public WorkforceEvaluator(CertificationEvaluator evaluator, int? maxDegreeOfParallelism = null)
    {
        Evaluator = Preconditions.CheckNotNull(evaluator);
        MaxDegreeOfParallelism = DegreeOf(maxDegreeOfParallelism);
    }

    /// <summary>The degree of parallelism a workforce evaluator created with <paramref name="maxDegreeOfParallelism"/> has, checked.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1 or above 1024.</exception>
    internal static int DegreeOf(int? maxDegreeOfParallelism)
    {
        int degree = maxDegreeOfParallelism ?? Environment.ProcessorCount;
        Preconditions.CheckArgumentRange(degree, 1, 1024, nameof(maxDegreeOfParallelism));
        return degree;
    }

    /// <summary>The evaluator of one certification.</summary>
    public CertificationEvaluator Evaluator { get; }

    /// <summary>How many people are evaluated at once.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Evaluates one person's certifications.</summary>
    /// <param name="person">The person.</param>
    /// <param name="asOf">The date to evaluate as of.</param>
    /// <returns>The person's evaluations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public PersonEvaluation Evaluate(Person person, LocalDate asOf)
    {
        Preconditions.CheckNotNull(person);
        var results = ImmutableArray.CreateBuilder<CertificationEvaluation>(person.Certifications.Length);
        var notEvaluated = ImmutableArray.CreateBuilder<Certification>();
        foreach (var certification in person.Certifications)
        {
            if (Evaluator.Catalog.Contains(certification.Credential))
            {
                results.Add(Evaluator.Evaluate(certification, person.Transcript, asOf));
            }
            else
            {
                notEvaluated.Add(certification);
            }
        }
        return new PersonEvaluation(person, results.ToImmutable(), notEvaluated.ToImmutable());
    }

    /// <summary>
    /// Summarizes prepared evaluations (for example a whole workforce, prepared once with
    /// <see cref="CertificationEvaluator.Prepare"/>) as of a date, on up to
    /// <see cref="MaxDegreeOfParallelism"/> cores. Each worker takes whole slices of the input and
    /// writes the same slices of <paramref name="results"/>, so the workers share nothing they write,
    /// and nothing is allocated per summary.
    /// </summary>
    /// <param name="prepared">The prepared evaluations, each from this instance's <see cref="Evaluator"/>.</param>
    /// <param name="asOf">The date to summarize as of.</param>
    /// <param name="results">Where the summaries go, at the same index as their prepared evaluation; as long as <paramref name="prepared"/>.</param>
    /// <param name="cancellationToken">Stops summarizing between slices; the call then throws <see cref="OperationCanceledException"/> and <paramref name="results"/> is partly written.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> is not as long as <paramref name="prepared"/>, or an element of <paramref name="prepared"/> is null or was prepared by another evaluator (thrown, as the first of such errors, once every worker has stopped).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public void Summarize(ReadOnlyMemory<PreparedEvaluation> prepared, LocalDate asOf, Memory<CertificationSummary> results, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(results.Length == prepared.Length,
            $"The results must be as long as the prepared evaluations ({prepared.Length}); they are {results.Length}.", nameof(results));
        // Several slices per worker even out transcripts of different sizes.
        int slices = Math.Min(prepared.Length, MaxDegreeOfParallelism * 8);
        var evaluator = Evaluator;
        cancellationToken.ThrowIfCancellationRequested();
        if (slices <= 1)
        {
            SummarizeRange(evaluator, prepared, 0, prepared.Length, asOf, results);
            return;
        }
        try
        {
            Parallel.For(0, slices, Options(cancellationToken), slice =>
                SummarizeRange(evaluator, prepared, (int)((long)prepared.Length * slice / slices), (int)((long)prepared.Length * (slice + 1) / slices), asOf, results));
        }
        catch (AggregateException error) when (error.InnerExceptions[0] is ArgumentException argument)
        {
            throw new ArgumentException(argument.Message, nameof(prepared), error);
        }
    }

    private static void SummarizeRange(CertificationEvaluator evaluator, ReadOnlyMemory<PreparedEvaluation> prepared, int start, int end, LocalDate asOf, Memory<CertificationSummary> results)
    {
        var from = prepared.Span;
        var to = results.Span;
        for (int i = start; i < end; i++)
        {
            if (from[i] is null)
            {
                throw new ArgumentException($"The prepared evaluation at index {i} is null.", nameof(prepared));
            }
            to[i] = evaluator.Summarize(from[i], asOf);
        }
    }

    /// <summary>
    /// Evaluates people as they arrive, on up to <see cref="MaxDegreeOfParallelism"/> cores, yielding each
    /// person's evaluations in input order as soon as it and every earlier one are ready. Memory is bounded
    /// by the people in flight (four per core), not by the workforce. Repeated person ids are evaluated each
    /// time, without a warning (the pipeline, <see cref="EvaluateInOrderAsync{TInput}"/>, warns).
    /// </summary>
    /// <param name="people">The people; read once, as fast as the workers take them.</param>
    /// <param name="asOf">The date to evaluate as of.</param>
    /// <param name="cancellationToken">Stops reading and evaluating; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One evaluation per person, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="people"/> is null.</exception>
    /// <exception cref="ArgumentException">A person is null (thrown when the enumeration reaches it).</exception>
    public IAsyncEnumerable<PersonEvaluation> EvaluateInOrderAsync(IAsyncEnumerable<Person> people, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(people);
        return Ordered(people, person =>
        {
            Preconditions.CheckArgument(person is not null, "A person must not be null.", nameof(people));
            return Evaluate(person, asOf);
        }, cancellationToken);
    }

    /// <summary>
    /// The workforce pipeline every face reads: inputs (lines of a file or of a request) are read into
    /// entries and evaluated on up to <see cref="MaxDegreeOfParallelism"/> cores, and each line's row is
    /// yielded in input order as soon as it and every earlier one are ready. Memory is bounded by the
    /// lines in flight (four per core), not by the workforce. A malformed entry is one row with its
    /// errors and the rest is evaluated; a line whose reading or evaluation fails unexpectedly is one
    /// row with an <c>internal-error</c> finding. A person id already seen on an earlier line gets a
    /// <c>duplicate-person-id</c> warning naming that line; both are evaluated.
    /// </summary>
    /// <typeparam name="TInput">What one line is before it is read (its bytes, for example).</typeparam>
    /// <param name="inputs">The lines; read once, as fast as the workers take them.</param>
    /// <param name="read">Reads one line into an entry, on a worker (it may be called on several threads at once).</param>
    /// <param name="asOf">The date to evaluate as of.</param>
    /// <param name="cancellationToken">Stops reading and evaluating between people; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One row per line, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> or <paramref name="read"/> is null.</exception>
    public IAsyncEnumerable<WorkforceRow> EvaluateInOrderAsync<TInput>(IAsyncEnumerable<TInput> inputs, Func<TInput, WorkforceEntry> read, LocalDate asOf,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(inputs);
        Preconditions.CheckNotNull(read);
        return WithDuplicates(Ordered(inputs, input => Row(read, input, asOf), cancellationToken));
    }

    private WorkforceRow Row<TInput>(Func<TInput, WorkforceEntry> read, TInput input, LocalDate asOf)
    {
        WorkforceEntry? entry = null;
        try
        {
            entry = read(input) ?? throw new InvalidOperationException("The reader returned no entry.");
            return entry.Person is { } person
                ? new WorkforceRow(entry.Line, person.PersonId, Evaluate(person, asOf), entry.Findings, Evaluator.Catalog)
                : new WorkforceRow(entry.Line, entry.PersonId, null, entry.Findings, Evaluator.Catalog);
        }
#pragma warning disable CA1031 // One line's failure is its own row; the workforce goes on. The message may quote the line's data: it is not kept.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new WorkforceRow(entry?.Line ?? 0, null, null, [new Finding(FindingCodes.InternalError, FindingSeverity.Error, "$", ("error", e.GetType().Name))], Evaluator.Catalog);
        }
    }

    private static async IAsyncEnumerable<WorkforceRow> WithDuplicates(IAsyncEnumerable<WorkforceRow> rows)
    {
        var firstLines = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            if (row.Evaluation is not null && row.PersonId is { } id && !firstLines.TryAdd(id, row.Line))
            {
                yield return new WorkforceRow(row.Line, id, row.Evaluation, row.Findings.Add(DuplicatePersonId(id, "personId", $"line {firstLines[id]}")), row.Policies);
                continue;
            }
            yield return row;
        }
    }

    /// <summary>
    /// The one ordered parallel pipeline: a producer starts each input's work once a worker is free and
    /// queues the work in input order; the consumer takes the queue in order. At most
    /// <see cref="MaxDegreeOfParallelism"/> inputs are worked on, and four times as many wait, at any time.
    /// </summary>
    private async IAsyncEnumerable<TOutput> Ordered<TInput, TOutput>(IAsyncEnumerable<TInput> inputs, Func<TInput, TOutput> work,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var queue = Channel.CreateBounded<Task<TOutput>>(new BoundedChannelOptions(MaxDegreeOfParallelism * 4) { SingleReader = true, SingleWriter = true });
        // Not disposed: work started just before a cancellation may still release it afterwards.
        var workers = new SemaphoreSlim(MaxDegreeOfParallelism);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var input in inputs.WithCancellation(token).ConfigureAwait(false))
                {
                    await workers.WaitAsync(token).ConfigureAwait(false);
                    Task<TOutput> task;
                    try
                    {
                        task = Task.Run(() =>
                        {
                            try
                            {
                                return work(input);
                            }
                            finally
                            {
                                workers.Release();
                            }
                        }, CancellationToken.None);
                    }
                    catch
                    {
                        workers.Release();
                        throw;
                    }
                    await queue.Writer.WriteAsync(task, token).ConfigureAwait(false);
                }
                queue.Writer.TryComplete();
            }
#pragma warning disable CA1031 // The failure is handed to the consumer through the queue.
            catch (Exception e)
#pragma warning restore CA1031
            {
                queue.Writer.TryComplete(e);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var pending in queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var output = await pending.ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                yield return output;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
            // Wait for what was started, so that no evaluation outlives the enumeration.
            queue.Writer.TryComplete();
            while (queue.Reader.TryRead(out var left))
            {
                try
                {
                    await left.ConfigureAwait(false);
                }
#pragma warning disable CA1031 // Abandoned work: its outcome is not wanted.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }
        }
    }

    /// <summary>
    /// Evaluates people on up to <see cref="MaxDegreeOfParallelism"/> cores and yields each person's
    /// evaluations in input order, holding only a bounded batch at a time: a workforce of any size is
    /// explained in memory proportional to the batch, not to the workforce (unlike
    /// <see cref="EvaluateAll"/>, which returns every explanation at once). Repeated person ids are evaluated
    /// each time, without a warning.
    /// </summary>
    /// <param name="people">The people; read once, a batch at a time, as the enumeration advances.</param>
    /// <param name="asOf">The date to evaluate as of.</param>
    /// <param name="cancellationToken">Stops evaluating between people; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One evaluation per person, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="people"/> is null.</exception>
    /// <exception cref="ArgumentException">A person is null (thrown when the enumeration reaches it).</exception>
    public IEnumerable<PersonEvaluation> EvaluateInOrder(IEnumerable<Person> people, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(people);
        return EvaluateBatches(people, asOf, cancellationToken);
    }

    private IEnumerable<PersonEvaluation> EvaluateBatches(IEnumerable<Person> people, LocalDate asOf, CancellationToken cancellationToken)
    {
        int size = MaxDegreeOfParallelism * 64;
        var batch = new Person[size];
        var results = new PersonEvaluation[size];
        var options = Options(cancellationToken);
        using var source = people.GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count = 0;
            while (count < size && source.MoveNext())
            {
                Preconditions.CheckArgument(source.Current is not null, "A person must not be null.", nameof(people));
                batch[count++] = source.Current;
            }
            if (count == 0)
            {
                yield break;
            }
            Parallel.For(0, count, options, i => results[i] = Evaluate(batch[i], asOf));
            for (int i = 0; i < count; i++)
            {
                var result = results[i];
                results[i] = null!;
                batch[i] = null!;
                yield return result;
            }
        }
    }

    /// <summary>
    /// Evaluates people on up to <see cref="MaxDegreeOfParallelism"/> cores and returns every evaluation in
    /// the order given. People who share an id are each evaluated (the ids are the caller's, and a
    /// repeated one is usually an export that lists a person twice); each repetition gets a
    /// <c>duplicate-person-id</c> warning at its index (<c>people[7]</c>) naming the earlier one, the way
    /// <c>ceurules batch</c> names the earlier line. Every explanation is held until it returns; for a large
    /// workforce, stream with <see cref="EvaluateInOrder"/> or summarize with <see cref="Summarize"/>.
    /// </summary>
    /// <param name="people">The people.</param>
    /// <param name="asOf">The date to evaluate as of.</param>
    /// <param name="cancellationToken">Stops evaluating between people; the call then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The evaluations, in the order of <paramref name="people"/>, and the warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="people"/> is null.</exception>
    /// <exception cref="ArgumentException">A person is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public WorkforceEvaluation EvaluateAll(IEnumerable<Person> people, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(people);
        var list = new List<Person>(people);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var first = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++)
        {
            Preconditions.CheckArgument(list[i] is not null, "A person must not be null.", nameof(people));
            if (!first.TryAdd(list[i].PersonId, i))
            {
                findings.Add(DuplicatePersonId(list[i].PersonId, $"people[{i}]", $"people[{first[list[i].PersonId]}]"));
            }
        }
        var results = new PersonEvaluation[list.Count];
        Parallel.For(0, list.Count, Options(cancellationToken), i => results[i] = Evaluate(list[i], asOf));
        return new WorkforceEvaluation(ImmutableArray.Create(results), findings.ToImmutable());
    }

    private ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = cancellationToken };

    /// <summary>The <c>duplicate-person-id</c> warning: the person at <paramref name="path"/> has the id of the one at <paramref name="earlier"/>.</summary>
    /// <param name="personId">The repeated id.</param>
    /// <param name="path">Where the repetition is (<c>people[7]</c>, or <c>line 12</c>).</param>
    /// <param name="earlier">Where the id first appeared.</param>
    /// <returns>The finding.</returns>
    public static Finding DuplicatePersonId(string personId, string path, string earlier) =>
        new(FindingCodes.DuplicatePersonId, FindingSeverity.Warning, path, ("personId", personId), ("earlier", earlier));
}
