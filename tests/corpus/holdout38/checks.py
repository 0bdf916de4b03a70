"""Checksum helpers (standard library only), written from public specifications."""
import re
def luhn_ok(s):
    d=[int(c) for c in re.sub(r'\D','',s)]
    t=0
    for i,x in enumerate(reversed(d)):
        if i%2: x*=2; x-= 9 if x>9 else 0
        t+=x
    return t%10==0
def luhn_complete(p):
    for c in '0123456789':
        if luhn_ok(p+c): return p+c
def iban_ok(s):
    s=re.sub(r'\s','',s).upper()
    r=s[4:]+s[:4]
    n=''.join(str(int(c,36)) for c in r)
    return int(n)%97==1
def iban_make(cc,bban):
    n=''.join(str(int(c,36)) for c in (bban+cc+'00').upper())
    k=98-int(n)%97
    return f"{cc}{k:02d}{bban}"
def nhs_ok(s):
    d=re.sub(r'\D','',s)
    if len(d)!=10: return False
    t=sum(int(d[i])*(10-i) for i in range(9)); c=11-t%11
    c=0 if c==11 else c
    return c!=10 and c==int(d[9])
def nhs_complete(p):
    for c in '0123456789':
        if nhs_ok(p+c): return p+c
_vd=[[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_vp=[[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
def verhoeff_ok(s):
    c=0
    for i,x in enumerate(reversed(re.sub(r'\D','',s))): c=_vd[c][_vp[i%8][int(x)]]
    return c==0
def aadhaar_ok(s):
    d=re.sub(r'\D','',s); return len(d)==12 and d[0] not in '01' and verhoeff_ok(d)
def aadhaar_complete(p):
    for c in '0123456789':
        if verhoeff_ok(p+c): return p+c
def cpf_ok(s):
    d=[int(c) for c in re.sub(r'\D','',s)]
    if len(d)!=11 or len(set(d))==1: return False
    for n in (9,10):
        r=sum(d[i]*(n+1-i) for i in range(n))*10%11
        if r==10: r=0
        if r!=d[n]: return False
    return True
def cpf_complete(p):
    d=[int(c) for c in p]
    for n in (9,10):
        r=sum(d[i]*(n+1-i) for i in range(n))*10%11
        d.append(0 if r==10 else r)
    s=''.join(map(str,d)); return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
L23="TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s=re.sub(r'[\s-]','',s).upper()
    m=re.fullmatch(r'([XYZ]?)(\d{7,8})([A-Z])',s)
    if not m: return False
    n=int(str('XYZ'.index(m[1])) + m[2] if m[1] else m[2])
    return L23[n%23]==m[3]
def nir_ok(s):
    d=re.sub(r'\s','',s)
    if not re.fullmatch(r'[12]\d{14}',d): return False
    return 97-int(d[:13])%97==int(d[13:])
def nir_key(p): return f"{97-int(p)%97:02d}"
def steuer_check(p):
    prod=10
    for x in p:
        s=(int(x)+prod)%10
        if s==0: s=10
        prod=(s*2)%11
    c=11-prod
    return 0 if c==10 else c
def steuer_ok(s):
    d=re.sub(r'\s','',s)
    if not re.fullmatch(r'[1-9]\d{10}',d): return False
    from collections import Counter
    cnt=Counter(d[:10]).values()
    if sorted(cnt,reverse=True)[0] not in (2,3) or sum(1 for v in cnt if v>1)!=1: return False
    return steuer_check(d[:10])==int(d[10])
_odd=dict(zip('0123456789',[1,0,5,7,9,13,15,17,19,21]))
_odd.update(zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ',[1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_char(p):
    t=0
    for i,c in enumerate(p):
        if i%2==0: t+=_odd[c]
        else: t+= int(c) if c.isdigit() else ord(c)-65
    return chr(65+t%26)
def cf_ok(s): s=s.upper(); return len(s)==16 and cf_char(s[:15])==s[15]
def nric_char(p):
    w=[2,7,6,5,4,3,2]; t=sum(int(p[1+i])*w[i] for i in range(7))
    if p[0] in 'TG': t+=4
    return ('JZIHGFEDCBA' if p[0] in 'ST' else 'XWUTRQPNMLK')[t%11]
def nric_ok(s): s=s.upper(); return bool(re.fullmatch(r'[STFG]\d{7}[A-Z]',s)) and nric_char(s[:8])==s[8]
def mbi_ok(s):
    s=s.replace('-','').upper(); A='ACDEFGHJKMNPQRTUVWXY'; N='0123456789'; AN=A+N
    pat=[N[1:],A,AN,N,A,AN,N,A,A,N,N]
    return len(s)==11 and all(c in p for c,p in zip(s,pat))
def nino_ok(s):
    s=s.replace(' ','').upper()
    m=re.fullmatch(r'([A-Z])([A-Z])\d{6}([A-D])',s)
    if not m: return False
    if m[1] in 'DFIQUV' or m[2] in 'DFIOQUV' or m[1]+m[2] in ('BG','GB','NK','KN','TN','NT','ZZ'): return False
    return True
def sin_ok(s):
    d=re.sub(r'\D','',s); return len(d)==9 and d[0] not in '08' and luhn_ok(d)
def ssn_ok(s):
    d=re.sub(r'\D','',s)
    return len(d)==9 and d[:3] not in('000','666') and d[0]!='9' and d[3:5]!='00' and d[5:]!='0000'
