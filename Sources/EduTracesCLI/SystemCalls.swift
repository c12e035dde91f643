// The C library's read(2) and write(2), named apart from the methods called `read` and `write` that use them.
#if canImport(Glibc)
import Glibc
let systemRead = Glibc.read
let systemWrite = Glibc.write
#elseif canImport(Musl)
import Musl
let systemRead = Musl.read
let systemWrite = Musl.write
#elseif canImport(Darwin)
import Darwin
let systemRead = Darwin.read
let systemWrite = Darwin.write
#endif
