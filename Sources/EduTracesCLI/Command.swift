import XAPI
