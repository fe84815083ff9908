using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Components.Forms;

namespace CeuRules.Web.Services;

/// <summary>A file the person chose or dropped, read into memory in the page: its name and its bytes, never sent anywhere.</summary>
internal sealed class DroppedFile
{
    /// <summary>The largest file read, in bytes (32 MiB, the spreadsheet reader's own limit).</summary>
    internal const long MaxBytes = Spreadsheets.SpreadsheetTranscriptReader.MaxFileBytes;

    internal DroppedFile(string name, byte[] bytes)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Bytes = bytes ?? throw new ArgumentNullException(nameof(bytes));
    }

    internal string Name { get; }

    internal byte[] Bytes { get; }

    /// <summary>The file's extension in lower case, with its dot (".xlsx").</summary>
    internal string Extension => Path.GetExtension(Name).ToLowerInvariant();

    internal bool IsXlsx => Extension == ".xlsx";

    internal bool IsCsv => Extension == ".csv";

    internal MemoryStream Open() => new(Bytes, writable: false);

    /// <summary>Reads a chosen file; null (with the reason) when it is larger than <see cref="MaxBytes"/>.</summary>
    internal static async Task<(DroppedFile? File, string? TooLarge)> ReadAsync(IBrowserFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Size > MaxBytes)
        {
            return (null, file.Name);
        }
        using var memory = new MemoryStream((int)file.Size);
        await using (var stream = file.OpenReadStream(MaxBytes, cancellationToken))
        {
            await stream.CopyToAsync(memory, cancellationToken);
        }
        return (new DroppedFile(file.Name, memory.ToArray()), null);
    }
}
