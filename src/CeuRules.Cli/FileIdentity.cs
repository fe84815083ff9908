using System;
using System.IO;

namespace CeuRules.Cli;

/// <summary>Whether two paths name the same file: the same path, a symbolic link to it, or (on Linux) a hard link (the same device and inode).</summary>
internal static class FileIdentity
{
    /// <summary>True when <paramref name="first"/> and <paramref name="second"/> are one file; false when either does not exist or they differ.</summary>
    internal static bool Same(string first, string second)
    {
        if (!File.Exists(first) || !File.Exists(second))
        {
            return false;
        }
        if (string.Equals(Resolved(first), Resolved(second), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            return true;
        }
        return OperatingSystem.IsLinux() && Inode(first) is { } a && Inode(second) is { } b && a == b;
    }

    /// <summary>The full path with every symbolic link along it followed.</summary>
    private static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target ? Path.GetFullPath(target.FullName) : full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    /// <summary>The device and inode of a file (following links), or null when they cannot be read.</summary>
    private static unsafe (ulong Device, ulong Inode)? Inode(string path)
    {
        try
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(path) + "\0");
            Tmds.Linux.stat buffer;
            fixed (byte* name = bytes)
            {
                if (Tmds.Linux.LibC.stat(name, &buffer) != 0)
                {
                    return null;
                }
            }
            return ((ulong)buffer.st_dev, (ulong)buffer.st_ino);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
