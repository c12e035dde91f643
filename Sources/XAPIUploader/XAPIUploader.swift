// Crash-safe buffering and delivery of statements to an LRS arrives here; the product has no API yet.
import XAPI
