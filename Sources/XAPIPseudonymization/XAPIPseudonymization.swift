// Keyed, scoped, fail-closed pseudonymization of every agent position arrives here; the product has no API yet.
import XAPI
