using System.Buffers.Binary;
using System.Numerics;

namespace SearchEngine.Core.Store;

/// <summary>CRC-32C (Castagnoli), the checksum in every index file's footer; uses the CPU's CRC instruction where present.</summary>
internal static class Crc32C
{
    /// <summary>The register value before any byte is added.</summary>
    public const uint Initial = 0xFFFFFFFFu;

    /// <summary>Adds <paramref name="data"/> to a running register (start from <see cref="Initial"/>).</summary>
    public static uint Append(uint register, ReadOnlySpan<byte> data)
    {
        while (data.Length >= 8)
        {
            register = BitOperations.Crc32C(register, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }

        foreach (byte b in data)
        {
            register = BitOperations.Crc32C(register, b);
        }

        return register;
    }

    /// <summary>Turns a running register into the checksum value (the final inversion).</summary>
    public static uint Finish(uint register) => ~register;

    /// <summary>Returns the checksum of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => Finish(Append(Initial, data));
}
