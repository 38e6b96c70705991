import { describe, expect, it } from 'vitest';
import { isFullyMasked, masks, masksOf } from './helpers';

// Sentences written for these tests (not from any real feedback), one group per kind of
// miss or false mask seen on unseen text: names that are also words, writers who do not
// capitalise, writers who capitalise everything, names with particles and accents, day and
// month dates without a year, named homes before a street, and things that are not names.

describe('names that are also ordinary words, in person contexts', () => {
  it('masks a word-name after praise and thanks', () => {
    expect(masksOf('PERSON', 'Massive shout out to Blessing at the pharmacy, she found my insulin.')).toEqual(['Blessing']);
    expect(masksOf('PERSON', 'I want to say thanks to Victory, the healthcare assistant, who held my hand.')).toEqual(['Victory']);
    expect(masksOf('PERSON', 'Big thanks to Wisdom and Goodness on the stroke ward.')).toEqual(['Wisdom', 'Goodness']);
    expect(masksOf('PERSON', 'Huge credit to Comfort, the district nurse, who came out in the snow.')).toEqual(['Comfort']);
  });

  it('masks a word-name at the start of a sentence before "at the <service>"', () => {
    expect(masksOf('PERSON', 'Gift at the pharmacy is a gift to this town.')).toEqual(['Gift']);
    expect(masksOf('PERSON', 'Favour at the surgery rang me back the same day.')).toEqual(['Favour']);
  });

  it('masks any word after "called" or "named" when a person is being named, and every later mention', () => {
    const story =
      'The memory clinic nurse is called Memory, which made my dad laugh. The memory clinic waiting room is cramped. Memory, if this gets to you, thank you.';
    expect(masksOf('PERSON', story)).toEqual(['Memory', 'Memory']);
    expect(masksOf('PERSON', 'One of the carers is named Treasure. My mum asks for Treasure every morning.')).toEqual(['Treasure', 'Treasure']);
    expect(masksOf('PERSON', 'A student nurse named Happiness sat with me. Tell Happiness she is a star.')).toEqual(['Happiness', 'Happiness']);
  });

  it('does not take a service or a charity "called" something as a person', () => {
    expect(masksOf('PERSON', 'I called Reception twice and then rang a charity called Mind.')).toEqual([]);
    expect(masksOf('PERSON', 'The nurse called Security and the doctor called Maternity.')).toEqual([]);
    expect(masksOf('PERSON', 'the nurse was called away and he was called in to the office')).toEqual([]);
  });

  it('masks an ordinary word given as a name in lowercase and in capitals', () => {
    expect(masksOf('PERSON', "He's called Sparkle, believe it or not.")).toEqual(['Sparkle']);
    expect(masksOf('PERSON', 'the physio was called sparkle and sparkle was lovely')).toEqual(['sparkle', 'sparkle']);
    expect(masksOf('PERSON', 'THE NURSE IS CALLED SPARKLE. SPARKLE, THANK YOU.')).toEqual(['SPARKLE', 'SPARKLE']);
  });

  it('masks a name spoken to at the start of a sentence', () => {
    expect(masksOf('PERSON', 'Precious, you were amazing the night my grandad died.')).toEqual(['Precious']);
    expect(masksOf('PERSON', 'Lucky, if you read this, you saved my life.')).toEqual(['Lucky']);
  });

  it('masks a word-name said to be someone in a role', () => {
    expect(masksOf('PERSON', 'Goodness is the only GP at that practice who follows up.')).toEqual(['Goodness']);
    expect(masksOf('PERSON', 'Victory was the only one who listened to me.')).toEqual(['Victory']);
    expect(masksOf('PERSON', 'Patience is a virtue, they say. Hope is the only thing left.')).toEqual([]);
  });

  it('keeps discourse words before a comma and "you"', () => {
    expect(masksOf('PERSON', 'Honestly, you would not believe it. Sorry, you need to hear this. Anyway, you get the idea.')).toEqual([]);
  });
});

describe('names in text written without capitals', () => {
  it('masks a name after a greeting or "its"', () => {
    expect(masksOf('PERSON', 'hi its jade from the survey thing at the library, my nan was left on a trolley')).toEqual(['jade']);
    expect(masksOf('PERSON', 'hiya its kerry, the receptionist was rude again today')).toEqual(['kerry']);
  });

  it('masks a first name as the subject of a verb and spreads it to other lowercase mentions', () => {
    const story = 'they gave grace someone elses bag of tablets at the chemist and grace only noticed when she got home';
    expect(masksOf('PERSON', story)).toEqual(['grace', 'grace']);
    expect(masksOf('PERSON', 'so amber rang them 3 times and nobody picked up, then amber went down there herself')).toEqual(['amber', 'amber']);
  });

  it('masks a name with a possessive "s" written without the apostrophe', () => {
    const story = 'my son tyrone has autism. tyrones never let anyone touch his head';
    expect(masksOf('PERSON', story)).toEqual(['tyrone', 'tyrones']);
  });

  it('masks a lowercase name after thanks and before a workplace', () => {
    expect(masksOf('PERSON', 'thank you so much to kemi at reception she sorted everything')).toEqual(['kemi']);
  });

  it('masks a name signed at the end', () => {
    expect(masksOf('PERSON', 'the doctor was not bothered about my chest. thanks jade')).toEqual(['jade']);
    expect(masksOf('PERSON', 'nobody rang me back. cheers for listening, dave')).toEqual(['dave']);
    expect(masksOf('PERSON', 'thanks, jade x')).toEqual(['jade']);
  });

  it('keeps sign-offs and greetings that name nobody', () => {
    const story = 'Hi team, the clinic is brilliant. Hello all. Dear Sir, the GP was rude. Thank you. Amen';
    expect(masksOf('PERSON', story)).toEqual([]);
    expect(masksOf('PERSON', 'I waited 18 weeks for a scan. Regards, Anonymous')).toEqual([]);
  });

  it("masks a name after \"it's\" or \"this is\" at the start of a message", () => {
    expect(masksOf('PERSON', "Hi, it's Kerry here, the surgery closed early. This is Memory from the carers forum.")).toEqual(['Kerry', 'Memory']);
    expect(masksOf('PERSON', "It's Christmas and nobody is answering. It's fine from here on.")).toEqual([]);
  });

  it('masks names coordinated with "and" after thanks', () => {
    expect(masksOf('PERSON', 'special thanks to blessing and mercy who looked after me on the night shift')).toEqual(['blessing', 'mercy']);
  });

  it('keeps ordinary words that are also names', () => {
    expect(masksOf('PERSON', 'i have no hope left and will keep ringing. by the grace of god my mum is ok, so mark my words')).toEqual([]);
  });
});

describe('text written in capitals', () => {
  it('masks a name signed at the very end', () => {
    const story = 'I HAVE RUNG THE SURGERY EVERY DAY THIS WEEK AND NOBODY ANSWERS. RING ME ON 07871 550 213. DAVE';
    expect(masks(story)).toEqual(['PHONE:07871 550 213', 'PERSON:DAVE']);
    expect(masksOf('PERSON', 'THE NURSE SHARON WAS LOVELY BUT THE CONSULTANT NEVER CAME. REGARDS MAUREEN')).toEqual(['SHARON', 'MAUREEN']);
  });

  it('does not take ordinary capitalised words as names', () => {
    const story =
      'WHY DOES THE GP PHONE LINE SAY WE ARE CLOSED AT 9AM. MY DAD HAS BEEN ON THE WAITING LIST FOR TWO YEARS. THE CAR PARK AT THE HOSPITAL IS A JOKE. I AM SO ANGRY. MY SON WILL NOT GO BACK.';
    expect(masksOf('PERSON', story)).toEqual([]);
  });

  it('still masks names after cues', () => {
    expect(masksOf('PERSON', 'MY DAUGHTER CHLOE WAS SENT HOME TWICE. THANK YOU PAULINE AT THE WALK IN CENTRE.')).toEqual(['CHLOE', 'PAULINE']);
  });
});

describe('names with particles and accents', () => {
  it('masks the whole name as one stretch', () => {
    expect(masksOf('PERSON', 'Mrs Maria do Céu Fernandes says the letters go to her old flat.')).toEqual(['Maria do Céu Fernandes']);
    expect(masksOf('PERSON', 'The neurologist, Dr Ana de la Cruz, explained everything.')).toEqual(['Ana de la Cruz']);
    expect(masksOf('PERSON', 'Our neighbour Pieter van der Merwe drove us.')).toEqual(['Pieter van der Merwe']);
    expect(masksOf('PERSON', 'His friend Omar al-Farsi translated and my uncle Ahmad bin Ismail waited.')).toEqual(['Omar al-Farsi', 'Ahmad bin Ismail']);
    expect(masksOf('PERSON', 'The consultant Mr Luis dos Santos was kind.')).toEqual(['Luis dos Santos']);
  });

  it('matches accented names to the unaccented list entries', () => {
    expect(masksOf('PERSON', 'My son Ángel has asthma. Ángel was seen quickly.')).toEqual(['Ángel', 'Ángel']);
    expect(masksOf('PERSON', 'Zoë the play worker was wonderful and Łukasz from the wheelchair service came.')).toEqual(['Zoë', 'Łukasz']);
    expect(masksOf('PERSON', 'My mother Nguyễn Thị Lan has no interpreter.')).toEqual(['Nguyễn Thị Lan']);
    expect(masksOf('PERSON', 'Ángel was seen quickly and Jesús, the nurse, was kind.')).toEqual(['Ángel', 'Jesús']);
  });

  it('does not run a name on past the end of a sentence after a title word', () => {
    expect(masksOf('PERSON', 'I asked for the nurse. Will anybody come? I asked for the doctor. Rose came later.')).toEqual(['Rose']);
  });
});

describe('day and month dates without a year', () => {
  it('masks them after "was", "to", in lists and after appointment words', () => {
    expect(masksOf('DATE', 'The first appointment was 20/5 and then they moved it to 21/3.')).toEqual(['20/5', '21/3']);
    expect(masksOf('DATE', 'They cancelled on 29/02, 5/11 and 12/12, every time by text.')).toEqual(['29/02', '5/11', '12/12']);
    expect(masksOf('DATE', 'Dates I was seen: 2/1, 16/1 and 30/1.')).toEqual(['2/1', '16/1', '30/1']);
    expect(masksOf('DATE', 'My review is booked for 14/6, at 9:30.')).toEqual(['14/6']);
  });

  it('masks them after "on the" and before a time', () => {
    expect(masksOf('DATE', 'I was booked in on the 20/5 but nobody told me. 14/6 at 10:30 was the next one.')).toEqual(['20/5', '14/6']);
  });

  it('keeps ratings, scores and fractions', () => {
    expect(masksOf('DATE', 'The food was 2/10 and the nurses 10/10. Pain was 9/10, I ate 1/2 of it and it was 3/4 full.')).toEqual([]);
    expect(masksOf('DATE', 'I would rate them 4/5 and the app was 1/5.')).toEqual([]);
  });
});

describe('named homes before a house number and street', () => {
  it('masks the home and the street together', () => {
    expect(masksOf('ADDRESS', 'Please write to me at Rose Cottage, 3 Church Lane, the carers get lost.')).toEqual(['Rose Cottage, 3 Church Lane']);
    expect(masksOf('ADDRESS', 'The ambulance went to Holly House, 12 Mill Road instead of ours.')).toEqual(['Holly House, 12 Mill Road']);
    expect(masksOf('ADDRESS', 'My dad is at Primrose Lodge, 41 Station Road and nobody visits.')).toEqual(['Primrose Lodge, 41 Station Road']);
    expect(isFullyMasked('Post for my mum goes to Beech Villa, 7 Orchard Way.', 'Beech Villa, 7 Orchard Way')).toBe(true);
    expect(masksOf('ADDRESS', 'Please write to The Old Rectory, 4 High Street, that is my new address.')).toEqual(['The Old Rectory, 4 High Street']);
    expect(masksOf('ADDRESS', 'send it to rose cottage, 3 church lane, the carers get lost')).toEqual(['rose cottage, 3 church lane']);
  });
});

describe('things that are not identifiers', () => {
  it('keeps auxiliary verbs at the start of a question', () => {
    expect(masksOf('PERSON', 'Can the district nurses come earlier? Will the receptionist call back? Could the pharmacist check?')).toEqual([]);
  });

  it('keeps music, brands and apps', () => {
    expect(masksOf('PERSON', 'My dad sang Motown the whole way and we listened to Afrobeats in the waiting room.')).toEqual([]);
    expect(masksOf('PERSON', 'My grandad sang Elvis to the nurses. We watched Netflix and my son played Roblox.')).toEqual([]);
  });

  it("keeps a saint's name that names a hospital or a place", () => {
    expect(masksOf('PERSON', 'I was born at St Georges and now go to St Johns Wood surgery near St Pauls.')).toEqual([]);
  });

  it('keeps words that some name lists carry but that are never names', () => {
    expect(masksOf('PERSON', 'MY BROTHER HAS LEARNING DISABILITIES. I RANG AND THE LINE WENT DEAD. WHAT ELSE CAN WE DO.')).toEqual([]);
    expect(masksOf('PERSON', "THEY WERE SUPPOSED TO COME AT 8 O'CLOCK. PATIENT TRANSPORT NEVER CAME.")).toEqual([]);
  });

  it('keeps numbers that no UK or international plan allows', () => {
    expect(masksOf('PHONE', 'Please quote booking reference 0004 5571 2390 or order 0600 123 4567 when you ring.')).toEqual([]);
    expect(masksOf('PHONE', 'My reference is 0041 2287 5510 and the claim is 0099 1234 5678.')).toEqual([]);
    expect(masksOf('PHONE', 'Ring 0044 7700 900 123 or 07871 550 213.')).toEqual(['0044 7700 900 123', '07871 550 213']);
  });
});
