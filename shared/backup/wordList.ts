/**
 * Words for suggested passphrases: common, concrete English words of 3 to 10 letters that are
 * easy to type and to read aloud, written for Tandem (no third-party list). Unique; the test
 * checks. With 692 words, each word adds log2(692) ≈ 9.4 bits.
 */
export const PASSPHRASE_WORDS: readonly string[] = (
  'acorn actor adobe advent aerial agenda album alder alley almond alpine amber anchor angle ankle anthem apple ' +
  'apricot april apron arbor arcade arch arena arrow artist aspen atlas attic august autumn avenue award axle ' +
  'bacon badge bagel bakery balcony ballad ballet bamboo banana bandit banjo banner barley barn barrel basil ' +
  'basin basket batch beacon beagle beaker bean beaver bedrock beech beetle bell bench berry bicycle birch ' +
  'biscuit bison blanket blender blossom blue bluff boat bobcat bonnet bonus border bottle boulder bouquet bowl ' +
  'bracket branch brass bread breeze brick bridge brook broom bubble bucket buckle budget buffalo bugle bundle ' +
  'bunny burrow butter button cabin cable cactus cadet cake calico camel camera canal candle canoe canopy canvas ' +
  'canyon cape captain caramel cargo carpet carrot cart cascade castle catalog cedar celery cellar cello cement ' +
  'census cereal chalk channel chapel chapter charcoal cherry chess chestnut chimney chisel chorus cider cinema ' +
  'circle citrus clay cliff climate clock clover coach coast cobalt cocoa coconut collar comet compass concert ' +
  'copper coral cotton cougar cousin cove cradle crane crater crayon creek cricket crystal cube cupboard curtain ' +
  'cushion cycle cypress daisy dancer dawn decade deer delta denim desert desk dessert dial diamond diary dinner ' +
  'dolphin domino donkey doorway dove dragon drawer dream drum duck dune dusk eagle earth easel echo eclipse ' +
  'elbow elder elephant elm ember emerald engine envelope equator essay evening fabric falcon fable fairway ' +
  'feather fence fern ferry festival fiddle field fig finch fjord flannel flute foam fog forest fossil fountain ' +
  'fox frame freckle frost fudge furnace gable galaxy gallery garden garlic garnet gazelle gecko geyser ginger ' +
  'glacier glove goblet goose gopher gorilla granite grape gravel gravy grove guitar gull habit hammer hamster ' +
  'harbor harp harvest hatch hazel heather hedge helmet hermit heron hickory hill hockey honey hoof horizon ' +
  'hornet hound hummus husky hyacinth iceberg igloo indigo inlet island ivory jacket jaguar jasmine jelly jersey ' +
  'jewel jigsaw journal juggler juniper kayak kernel kettle kitchen kitten kiwi koala ladder ladle lagoon lake ' +
  'lantern larch lasso lattice laurel lava lavender lemon lentil leopard lettuce library lilac lily limestone ' +
  'linen lion lizard llama lobster locket lodge lotus lumber lynx magnet magpie mango mantle maple marble ' +
  'marigold marsh meadow melon mermaid meteor mint mirror mitten monsoon moose mosaic moss motor muffin mural ' +
  'museum mussel mustard napkin nectar needle nest nickel nutmeg oak oasis oatmeal ocean octave olive onion opal ' +
  'orange orbit orchard orchid osprey otter owl oyster paddle pagoda palace panda panther papaya parade parcel ' +
  'parrot pasta pastry peach peanut pebble pelican pencil penguin pepper piano pickle picnic pigeon pillow pine ' +
  'pioneer pistachio planet plaza plum pocket poem polar pony poppy porch potato pottery prairie pretzel prism ' +
  'puffin pumpkin puppet puzzle quail quartz quill quilt rabbit raccoon radar radish raft rainbow raisin ranch ' +
  'raven reef ribbon rice ridge river robin rocket rooster rose ruby rudder saddle saffron sail salmon sandal ' +
  'satchel saucer scarf schooner scooter season sequoia shadow shelf shell shovel shrimp silk silver sketch sled ' +
  'slipper sloth snail sonnet sparrow spice spider spinach sponge spoon spring spruce squash squirrel stable ' +
  'stadium starling statue steam stone stork storm straw stream summit sunrise swan sweater table tablet tadpole ' +
  'tambourine tango teapot teller temple tent thistle thunder tiger timber toast tomato topaz torch tortoise ' +
  'towel tower trail train trellis trolley trophy trout trumpet tulip tundra tunnel turnip turtle tuxedo twig ' +
  'umbrella unicorn urchin valley vanilla velvet venue verse village vine violet violin volcano voyage wafer ' +
  'wagon walnut walrus wander warbler wasp water wave weasel whale wheat wheel whistle willow window winter ' +
  'wizard wombat wool yacht yarn yellow yoghurt zebra zenith zephyr zinc able agile ample ancient azure bold ' +
  'brave breezy bright brisk calm candid cheerful clever cosy crisp curious dapper daring eager early earnest ' +
  'easy fancy fearless festive fluffy frank free friendly fuzzy gentle giant glad golden graceful grand happy ' +
  'hardy hearty honest humble jolly joyful keen kind lively loyal lucky mellow merry mighty modest neat nimble ' +
  'noble patient plucky polite proud quick quiet rapid ready rustic sandy shiny silent simple sleek smooth snowy ' +
  'sober solid spry steady sturdy sunny swift tidy tranquil trusty vivid warm wise witty young zesty baker ' +
  'builder farmer fisher gardener hiker painter pilot poet potter sailor singer tailor weaver writer '
)
  .trim()
  .split(' ');
