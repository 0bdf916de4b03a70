"""DSAR export (GDPR Art. 15 and 20, UK GDPR, CCPA right to know): requests, their deadlines, the
package a subject is given and the link it is fetched by."""
