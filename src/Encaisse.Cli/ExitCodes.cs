namespace Encaisse.Cli;

/// <summary>Process exit codes, documented in README.md.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and found a problem: a broken chain, invalid import rows, a refused invoice.</summary>
    public const int Findings = 1;

    /// <summary>Bad arguments or unreadable input (missing file, malformed CSV, unknown invoice).</summary>
    public const int Usage = 2;

    /// <summary>The database cannot be opened, reached or migrated.</summary>
    public const int Database = 3;

    /// <summary>An unexpected error: a bug; the message says where.</summary>
    public const int Internal = 4;

    /// <summary>Interrupted by Ctrl-C.</summary>
    public const int Cancelled = 130;
}
