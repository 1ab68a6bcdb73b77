using System.Security.Cryptography;
using System.Text;

namespace Encaisse.Storage.Internal;

/// <summary>The hash chain of a series: hash = SHA-256(previous hash ‖ UTF-8(number) ‖ body).</summary>
internal static class DocumentChain
{
    public const int HashSize = 32;

    /// <summary>The "previous hash" of a series' first document: 32 zero bytes.</summary>
    public static byte[] Genesis() => new byte[HashSize];

    public static byte[] Hash(IncrementalHash sha256, byte[] previousHash, string number, byte[] body)
    {
        sha256.AppendData(previousHash);
        sha256.AppendData(Encoding.UTF8.GetBytes(number));
        sha256.AppendData(body);
        return sha256.GetHashAndReset();
    }
}
